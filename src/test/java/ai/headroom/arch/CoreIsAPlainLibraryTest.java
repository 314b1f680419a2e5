package ai.headroom.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps {@code ai.headroom.core} usable from any Java application: no server framework may leak in. */
class CoreIsAPlainLibraryTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ai.headroom.core");

    @Test
    void coreDependsOnNeitherQuarkusNorVertxNorCdiNorRedis() {
        noClasses().that().resideInAPackage("ai.headroom.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.quarkus..", "io.vertx..", "jakarta.enterprise..", "jakarta.inject..",
                        "io.smallrye..", "org.eclipse.microprofile..", "redis..", "io.lettuce..")
                .because("core is a plain library (DESIGN.md); the Quarkus shell lives in ai.headroom.gateway")
                .check(core);
    }

    @Test
    void coreNeverReachesIntoTheGatewayOrTheCli() {
        noClasses().that().resideInAPackage("ai.headroom.core..")
                .should().dependOnClassesThat().resideInAnyPackage("ai.headroom.gateway..", "ai.headroom.cli..")
                .check(core);
    }
}
