package ai.headroom.cli;

import ai.headroom.core.Headroom;
import ai.headroom.core.Settings;
import ai.headroom.core.ccr.InfinispanCcrStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by commands that keep or read originals on disk. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR",
            description = "Directory of the persistent CCR store (default: $HEADROOM_HOME/ccr, else ~/.headroom/ccr).")
    Path dir;

    Path directory() {
        if (dir != null) {
            return dir;
        }
        String home = System.getenv("HEADROOM_HOME");
        return home != null && !home.isBlank()
                ? Path.of(home, "ccr")
                : Path.of(System.getProperty("user.home"), ".headroom", "ccr");
    }

    InfinispanCcrStore open(Settings settings) {
        Logs.quiet();
        return InfinispanCcrStore.onDisk(directory(), settings.ccrTtl(), Headroom.DEFAULT_STORE_BYTES);
    }
}
