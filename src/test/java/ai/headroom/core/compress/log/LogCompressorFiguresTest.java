package ai.headroom.core.compress.log;

import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.CompressionContext;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Prints bytes, tokens and timing per fixture for the report; only the savings goal is asserted. */
class LogCompressorFiguresTest {

    private static final Encoding O200K = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
    private final LogCompressor compressor = new LogCompressor();

    @Test
    void figuresPerFixtureArePrinted() {
        Map<String, String> fixtures = new LinkedHashMap<>();
        fixtures.put("spring-boot incident", LogFixtures.springBootIncident());
        fixtures.put("pytest 3 failures", ToolLogFixtures.pytestRun());
        fixtures.put("maven build failure", ToolLogFixtures.mavenBuildFailure());
        fixtures.put("cargo compiler errors", ToolLogFixtures.cargoCompilerErrors());
        fixtures.put("npm install failure", ToolLogFixtures.npmInstallFailure());
        for (Map.Entry<String, String> f : fixtures.entrySet()) {
            String in = f.getValue();
            Compressed out = compressor.compress(in, CompressionContext.of(in, ""));
            int tin = O200K.countTokens(in);
            int tout = O200K.countTokens(out.text());
            System.out.printf(Locale.ROOT, "%-22s lines %5d bytes %7d -> %6d tokens %6d -> %5d (%.1f%% saved)%n",
                    f.getKey(), in.split("\n").length, bytes(in), bytes(out.text()), tin, tout, 100.0 * (tin - tout) / tin);
            if (System.getProperty("log.print") != null) {
                System.out.println(out.text());
            }
            assertThat(tout).isLessThan(tin);
        }
        String spring = LogFixtures.springBootIncident();
        String big = spring.repeat(50);
        CompressionContext ctx = CompressionContext.of(big, "");
        for (int i = 0; i < 5; i++) {
            compressor.compress(big, ctx);
        }
        // CPU time of this thread, not wall time: the build machine is shared and often overloaded.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        int rounds = 10;
        for (int i = 0; i < rounds; i++) {
            compressor.compress(big, ctx);
        }
        double ms = (threads.getCurrentThreadCpuTime() - start) / 1e6 / rounds;
        System.out.printf(Locale.ROOT, "timing: %.1f ms CPU for %d KB (%d lines) = %.2f ms per 100 KB%n",
                ms, bytes(big) / 1024, big.split("\n").length, ms / (bytes(big) / 102_400.0));
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
