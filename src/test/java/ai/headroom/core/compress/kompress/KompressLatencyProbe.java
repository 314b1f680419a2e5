package ai.headroom.core.compress.kompress;

import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.CompressionContext;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints Kompress's latency on ~100 KB of prose with the tiny model; run by hand, asserts nothing:
 * {@code ./mvnw -o -q test -Dtest=KompressLatencyProbe -Dkompress.probe=true}.
 */
@EnabledIfSystemProperty(named = "kompress.probe", matches = "true")
class KompressLatencyProbe {

    @Test
    void printLatencyPer100Kb() {
        Kompress kompress = new Kompress(TinyModel.get(), KompressSettings.DEFAULT);
        String text = ProseSamples.generated(17_000, 99);
        CompressionContext ctx = CompressionContext.of(text, "");
        for (int i = 0; i < 10; i++) {
            kompress.compress(text, ctx);
        }
        int runs = 40;
        long[] nanos = new long[runs];
        Compressed out = null;
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            out = kompress.compress(text, ctx);
            nanos[i] = System.nanoTime() - t0;
        }
        System.out.printf("kompress probe: process CPU per call %.1f ms, load average %.1f%n",
                (os.getProcessCpuTime() - cpu0) / 1e6 / runs, os.getSystemLoadAverage());
        Arrays.sort(nanos);
        int in = text.getBytes(StandardCharsets.UTF_8).length;
        double per100k = 100_000.0 / in;
        System.out.printf("kompress probe: %d bytes, %d words -> %d bytes; p50 %.1f ms, p99 %.1f ms (per 100 KB: p50 %.1f, p99 %.1f)%n",
                in, ProseWords.of(text).size(), out.text().getBytes(StandardCharsets.UTF_8).length,
                nanos[runs / 2] / 1e6, nanos[runs - 1] / 1e6, nanos[runs / 2] / 1e6 * per100k, nanos[runs - 1] / 1e6 * per100k);
        for (String sample : List.of(ProseSamples.INCIDENT, ProseSamples.DESIGN_NOTE, ProseSamples.MEETING_NOTES)) {
            String r = kompress.compress(sample, CompressionContext.of(sample, "")).text();
            System.out.printf("kompress sample: %d -> %d bytes (~%d -> ~%d tokens)%n", sample.length(), r.length(),
                    sample.length() / 4, r.length() / 4);
        }
    }
}
