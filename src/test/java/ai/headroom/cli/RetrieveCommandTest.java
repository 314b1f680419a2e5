package ai.headroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.core.Settings;
import ai.headroom.core.ccr.InfinispanCcrStore;
import ai.headroom.core.Headroom;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetrieveCommandTest {

    @TempDir
    Path dir;

    @Test
    void anOriginalStoredByAnEarlierRunIsPrintedByteForByte() throws Exception {
        String original = "first line\r\nsecond line with ünïcödé and a trailing newline\n";
        try (InfinispanCcrStore store = InfinispanCcrStore.onDisk(dir, Settings.defaults().ccrTtl(),
                Headroom.DEFAULT_STORE_BYTES)) {
            store.put("local", "0123456789abcdef01234567", original);
        }
        Cli cli = Cli.run("retrieve", "0123456789abcdef01234567", "--store", dir.toString());
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).isEqualTo(original);
    }

    @Test
    void anUnknownHashSaysSoWithExitCodeOne() {
        Cli cli = Cli.run("retrieve", "ffffffffffffffffffffffff", "--store", dir.toString());
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).startsWith("headroom: no original stored under ffffffffffffffffffffffff");
    }

    @Test
    void somethingThatIsNotAHashIsBadInput() {
        Cli cli = Cli.run("retrieve", "../../etc/passwd", "--store", dir.toString());
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err().strip()).isEqualTo(
                "headroom: '../../etc/passwd' is not a marker hash (24 lower-case hex characters)");
    }
}
