package ai.headroom.core.compress.log;

import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.CompressionContext;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LogCompressorTest {

    private static final Encoding O200K = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
    private static final Pattern OMITTED = Pattern.compile("^\\[([\\d,]+) (?:similar )?lines omitted");

    private final LogCompressor compressor = new LogCompressor();

    private Compressed compress(String log, String query) {
        return compressor.compress(log, CompressionContext.of(log, query));
    }

    @Test
    void logsUnderFiftyLinesPassThrough() {
        String log = filler(49, 0);

        Compressed out = compress(log, "");

        assertThat(out.text()).isSameAs(log);
        assertThat(out.lossy()).isFalse();
    }

    @Test
    void theIncidentKeepsEveryErrorVerbatimAndSavesNinetyTwoPercentOfTokens() {
        String log = LogFixtures.springBootIncident();

        Compressed out = compress(log, "");

        List<String> outLines = lines(out.text());
        List<String> errors = lines(log).stream()
                .filter(l -> l.contains(" ERROR ") || l.startsWith("Caused by:") || l.startsWith("java."))
                .toList();
        assertThat(errors).hasSize(7);
        assertThat(outLines).containsAll(errors);
        double saved = 1.0 - (double) O200K.countTokens(out.text()) / O200K.countTokens(log);
        assertThat(saved).isGreaterThanOrEqualTo(0.92);
        assertThat(out.lossy()).isTrue();
        assertThat(CcrMarker.hashesIn(out.text())).containsExactly(CcrMarker.hashOf(log));
    }

    @Test
    void keptLinesAppearInTheirOriginalOrderAndOmissionCountsAddUp() {
        String log = LogFixtures.springBootIncident();
        List<String> in = lines(log);

        List<String> outLines = lines(compress(log, "").text());

        int cursor = 0;
        int omitted = 0;
        for (String line : outLines.subList(0, outLines.size() - 1)) {
            Matcher m = OMITTED.matcher(line);
            if (m.find()) {
                int k = Integer.parseInt(m.group(1).replace(",", ""));
                omitted += k;
                cursor += k;
            } else if (!line.startsWith("[this warning occurs ")) {
                assertThat(in.get(cursor)).isEqualTo(line);
                cursor++;
            }
        }
        assertThat(cursor).isEqualTo(in.size());
        assertThat(outLines.get(outLines.size() - 1))
                .startsWith("[" + String.format(java.util.Locale.ROOT, "%,d", omitted) + " of 2,000 lines omitted: ");
        assertThat(outLines.size()).isLessThanOrEqualTo(105);
    }

    @Test
    void aLongJavaTraceKeepsItsCauseChainWithinTwentyLines() {
        List<String> log = new ArrayList<>(Arrays.asList(filler(40, 0).split("\n")));
        log.add("java.lang.IllegalStateException: order 7 cannot be shipped");
        frames(log, "com.acme.ship.Shipper.ship", 60);
        log.add("Caused by: com.acme.ship.CarrierException: carrier DHL rejected parcel");
        frames(log, "com.acme.ship.Carrier.book", 30);
        log.add("Caused by: java.net.SocketTimeoutException: Read timed out");
        frames(log, "java.net.Socket.read", 30);
        log.addAll(Arrays.asList(filler(40, 100).split("\n")));

        List<String> out = lines(compress(String.join("\n", log), "").text());

        assertThat(out).contains("java.lang.IllegalStateException: order 7 cannot be shipped",
                "Caused by: com.acme.ship.CarrierException: carrier DHL rejected parcel",
                "Caused by: java.net.SocketTimeoutException: Read timed out",
                "\tat com.acme.ship.Shipper.ship0(Shipper.java:100)",
                "\tat com.acme.ship.Carrier.book0(Carrier.java:100)",
                "\tat java.net.Socket.read0(Socket.java:100)");
        long traceLines = out.stream().filter(l -> l.startsWith("\tat ") || l.startsWith("Caused by:")).count();
        assertThat(traceLines + 1).isLessThanOrEqualTo(20);
    }

    @Test
    void aPythonTracebackKeepsItsDeepestFramesAndTheException() {
        List<String> log = new ArrayList<>(Arrays.asList(filler(40, 0).split("\n")));
        log.add("Traceback (most recent call last):");
        for (int i = 0; i < 30; i++) {
            log.add("  File \"/app/shop/layer" + i + ".py\", line " + (10 + i) + ", in call" + i);
            log.add("    return call" + (i + 1) + "(x)");
        }
        log.add("ZeroDivisionError: division by zero");
        log.addAll(Arrays.asList(filler(40, 100).split("\n")));

        List<String> out = lines(compress(String.join("\n", log), "").text());

        assertThat(out).contains("Traceback (most recent call last):",
                "  File \"/app/shop/layer29.py\", line 39, in call29",
                "ZeroDivisionError: division by zero");
        assertThat(out).doesNotContain("  File \"/app/shop/layer3.py\", line 13, in call3");
    }

    @Test
    void aGoPanicKeepsThePanicAndTheGoroutineHead() {
        List<String> log = new ArrayList<>(Arrays.asList(filler(60, 0).split("\n")));
        log.add("panic: runtime error: invalid memory address or nil pointer dereference");
        log.add("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a3f2e]");
        log.add("");
        log.add("goroutine 1 [running]:");
        for (int i = 0; i < 40; i++) {
            log.add("main.step" + i + "(0xc000012018)");
            log.add("\t/app/cmd/server/main.go:" + (100 + i) + " +0x1d");
        }
        log.add("exit status 2");
        log.addAll(Arrays.asList(filler(60, 100).split("\n")));

        List<String> out = lines(compress(String.join("\n", log), "").text());

        assertThat(out).contains("panic: runtime error: invalid memory address or nil pointer dereference",
                "goroutine 1 [running]:", "main.step0(0xc000012018)", "exit status 2");
        assertThat(out).doesNotContain("main.step30(0xc000012018)");
    }

    @Test
    void warningsAreDeduplicatedAndCounted() {
        List<String> log = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            log.add(i % 10 == 3
                    ? "2024-03-11 10:00:" + (10 + i % 50) + " WARN pool exhausted, waited " + (i * 7) + " ms for a connection"
                    : "2024-03-11 10:00:" + (10 + i % 50) + " INFO handled request " + i);
        }
        for (int k = 0; k < 8; k++) {
            log.add(150 + k * 3, "2024-03-11 10:01:00 WARN distinct warning kind" + (char) ('a' + k));
        }

        List<String> out = lines(compress(String.join("\n", log), "").text());

        assertThat(out).contains("2024-03-11 10:00:13 WARN pool exhausted, waited 21 ms for a connection",
                "[this warning occurs 30 times]");
        assertThat(out.stream().filter(l -> l.contains(" WARN ")).count()).isBetween(5L, 6L);
        assertThat(out.get(out.size() - 1)).contains(" WARN");
    }

    @Test
    void summaryLinesOfTestAndBuildToolsAreKept() {
        for (String summary : List.of(
                "===== 3 failed, 120 passed in 4.20s =====",
                "Tests:       2 failed, 48 passed, 50 total",
                "test result: FAILED. 10 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out",
                "[INFO] Tests run: 155, Failures: 0, Errors: 0, Skipped: 5",
                "BUILD SUCCESSFUL in 12s",
                "added 1204 packages, and audited 1205 packages in 23s",
                "ok  \tgithub.com/acme/shop/cart\t0.012s")) {
            List<String> log = new ArrayList<>(Arrays.asList(filler(200, 0).split("\n")));
            log.add(100, summary);

            List<String> out = lines(compress(String.join("\n", log), "").text());

            assertThat(out).as(summary).contains(summary);
        }
    }

    @Test
    void linesAboutTheQuestionAreKept() {
        List<String> log = new ArrayList<>(Arrays.asList(filler(300, 0).split("\n")));
        log.add(150, "2024-03-11 10:02:00 INFO cache eviction for tenant zebra-42 finished");
        String text = String.join("\n", log);

        List<String> with = lines(compress(text, "what happened to tenant zebra-42?").text());
        List<String> without = lines(compress(text, "").text());

        assertThat(with).contains("2024-03-11 10:02:00 INFO cache eviction for tenant zebra-42 finished");
        assertThat(without).doesNotContain("2024-03-11 10:02:00 INFO cache eviction for tenant zebra-42 finished");
    }

    @Test
    void aQuestionWordOnEveryLineDoesNotCrowdOutTheRareOne() {
        List<String> log = new ArrayList<>(Arrays.asList(filler(300, 0).split("\n")));
        log.add(150, "2024-03-11 10:02:00 INFO cache eviction for tenant zebra-42 finished");

        List<String> out = lines(compress(String.join("\n", log), "which job step evicted tenant zebra-42?").text());

        assertThat(out).contains("2024-03-11 10:02:00 INFO cache eviction for tenant zebra-42 finished");
        assertThat(out.stream().filter(l -> l.contains(" step ")).count()).isLessThanOrEqualTo(30);
    }

    @Test
    void similarInfoLinesCollapseWithACount() {
        List<String> log = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            log.add("2024-03-11 10:00:" + (10 + i % 50) + " INFO processed batch " + i + " in " + (i * 3 % 17) + " ms");
        }
        log.set(3, "2024-03-11 10:00:13 ERROR batch 3 failed: disk full");

        List<String> out = lines(compress(String.join("\n", log), "").text());

        assertThat(out).contains("2024-03-11 10:00:13 ERROR batch 3 failed: disk full");
        assertThat(out).anyMatch(l -> l.matches("\\[\\d+ similar lines omitted: \\d+ INFO\\]"));
    }

    static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1)).subList(0, text.endsWith("\n") ? text.split("\n", -1).length - 1
                : text.split("\n", -1).length);
    }

    /** INFO/DEBUG chatter whose neighbouring lines never share a template, so nothing collapses by accident. */
    static String filler(int count, int from) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            b.append("2024-03-11 10:00:").append(10 + i % 50).append(i % 3 == 0 ? " DEBUG" : " INFO")
                    .append(" worker-").append(i % 4).append(" step ").append(i).append(" of job ")
                    .append(i % 2 == 0 ? "alpha" : "beta").append(" done").append('\n');
        }
        b.setLength(b.length() - 1);
        return b.toString();
    }

    private static void frames(List<String> log, String method, int count) {
        String cls = method.substring(method.lastIndexOf('.', method.lastIndexOf('.') - 1) + 1, method.lastIndexOf('.'));
        for (int i = 0; i < count; i++) {
            log.add("\tat " + method + i + "(" + cls + ".java:" + (100 + i) + ")");
        }
    }
}
