package ai.headroom.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code bench/fixtures/} equal to what {@link BenchFixtures} generates.
 * Regenerate with {@code ./mvnw test -Dtest=BenchFixturesTest -Dheadroom.writeFixtures=true}.
 */
class BenchFixturesTest {

    private static final Path DIR = Path.of("bench", "fixtures");

    @Test
    void checkedInBenchFixturesAreWhatTheGeneratorsMake() throws IOException {
        boolean write = Boolean.getBoolean("headroom.writeFixtures");
        if (write) {
            Files.createDirectories(DIR);
        }
        for (Map.Entry<String, String> fixture : BenchFixtures.all().entrySet()) {
            Path file = DIR.resolve(fixture.getKey());
            if (write) {
                Files.writeString(file, fixture.getValue(), StandardCharsets.UTF_8);
            }
            assertThat(file).as("run with -Dheadroom.writeFixtures=true to regenerate").exists();
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.toString()).isEqualTo(fixture.getValue());
        }
    }
}
