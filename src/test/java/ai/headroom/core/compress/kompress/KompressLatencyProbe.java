package ai.headroom.core.compress.kompress;

import ai.headroom.core.compress.BatchCompressor;
import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.CompressionContext;
import ai.headroom.core.content.ContentKind;
import ai.headroom.core.content.Detection;
import ai.headroom.core.content.Section;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints Kompress's latency on ~100 KB of prose with the tiny model, as one block and as a request's blocks
 * compressed one by one or in one batch; run by hand, asserts nothing:
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

    @Test
    void printOneByOneAgainstBatchedPer100Kb() {
        Kompress kompress = new Kompress(TinyModel.get(), KompressSettings.DEFAULT);
        // ~100 KB as an agent's request carries it: twelve fetched pages of 300 to 2,500 words.
        List<BatchCompressor.Job> jobs = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < 12; i++) {
            String page = ProseSamples.generated(300 + i * 200, 500 + i);
            jobs.add(new BatchCompressor.Job(new Section(Detection.of(ContentKind.TEXT), page), CompressionContext.of(page, "")));
            bytes += page.getBytes(StandardCharsets.UTF_8).length;
        }
        Runnable oneByOne = () -> jobs.forEach(j -> kompress.compress(j.section(), j.context()));
        Runnable batched = () -> kompress.compressAll(jobs);
        for (int i = 0; i < 10; i++) {
            oneByOne.run();
            batched.run();
        }
        double per100k = 100_000.0 / bytes;
        for (int round = 0; round < 2; round++) {
            report("one by one", oneByOne, per100k, bytes);
            report("batched   ", batched, per100k, bytes);
        }
    }

    private static void report(String label, Runnable work, double per100k, int bytes) {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        KompressModel model = TinyModel.get();
        int runs = 30;
        long[] nanos = new long[runs];
        long cpu0 = os.getProcessCpuTime();
        long calls0 = model.inferenceCount();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - t0;
        }
        long cpu = os.getProcessCpuTime() - cpu0;
        Arrays.sort(nanos);
        System.out.printf("kompress probe %s: %d bytes in 12 blocks, %d model runs; per 100 KB: p50 %.1f ms, p99 %.1f ms,"
                + " process CPU %.1f ms (load average %.1f)%n", label, bytes, (model.inferenceCount() - calls0) / runs,
                nanos[runs / 2] / 1e6 * per100k, nanos[runs - 1] / 1e6 * per100k, cpu / 1e6 / runs * per100k,
                os.getSystemLoadAverage());
    }
}
