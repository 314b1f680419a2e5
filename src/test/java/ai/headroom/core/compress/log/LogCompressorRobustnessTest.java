package ai.headroom.core.compress.log;

import static ai.headroom.core.compress.log.LogCompressorTest.filler;
import static ai.headroom.core.compress.log.LogCompressorTest.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.CompressionContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Lossless mode, line endings, hostile sizes and garbage. */
class LogCompressorRobustnessTest {

    private static final Pattern REPEATED = Pattern.compile("^\\[previous line repeated (\\d+) more times]\r?$");

    private final LogCompressor compressor = new LogCompressor();

    @Test
    void withoutAStoreOnlyExactRunsCollapseAndTheyExpandBackByteForByte() {
        List<String> log = new ArrayList<>(Arrays.asList(filler(60, 0).split("\n")));
        for (int i = 0; i < 37; i++) {
            log.add(20, "2024-03-11 10:00:31 INFO waiting for lock /var/run/app.lock");
        }
        log.addAll(Arrays.asList(filler(5, 500).split("\n")));
        String text = String.join("\n", log) + "\n";

        Compressed out = compressor.compress(text, CompressionContext.of(text, "").losslessOnly());

        assertThat(out.lossy()).isFalse();
        assertThat(out.text()).contains("[previous line repeated 36 more times]").hasSizeLessThan(text.length());
        assertThat(CcrMarker.isMarked(out.text())).isFalse();
        assertThat(expand(out.text())).isEqualTo(text);
    }

    @Test
    void withoutAStoreALogWithoutRunsIsLeftAlone() {
        String text = LogFixtures.springBootIncident();

        Compressed out = compressor.compress(text, CompressionContext.of(text, "").losslessOnly());

        assertThat(out.text()).isSameAs(text);
    }

    @Test
    void crlfLogsStayCrlfAndKeepTheirErrorsVerbatim() {
        String text = LogFixtures.springBootIncident().replace("\n", "\r\n");

        Compressed out = compressor.compress(text, CompressionContext.of(text, ""));

        assertThat(out.lossy()).isTrue();
        assertThat(out.text()).endsWith("]\r\n");
        assertThat(out.text().replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : text.split("\n")) {
            if (line.contains(" ERROR ")) {
                assertThat(out.text()).contains(line + "\n");
            }
        }
    }

    @Test
    void aSingleHugeInfoLineIsShortenedButAHugeErrorLineIsNot() {
        List<String> log = new ArrayList<>(Arrays.asList(filler(60, 0).split("\n")));
        log.set(1, "2024-03-11 10:00:11 INFO payload " + "{\"k\":1}".repeat(25_000));
        log.set(40, "2024-03-11 10:00:50 ERROR rejected " + "x".repeat(10_000));
        String text = String.join("\n", log);

        Compressed out = compressor.compress(text, CompressionContext.of(text, ""));

        assertThat(out.text().length()).isLessThan(text.length() / 10);
        assertThat(out.text()).contains(" chars omitted]").contains(log.get(40));
        assertThat(out.text()).contains("1 long lines shortened");
    }

    @Test
    void binaryGarbageIsHandledWithoutGrowing() {
        Random random = new Random(7);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            char c = (char) random.nextInt(0x10000);
            b.append(i % 97 == 0 ? '\n' : c);
        }
        String text = b.toString();

        Compressed out = compressor.compress(text, CompressionContext.of(text, ""));

        assertThat(utf8(out.text())).isLessThanOrEqualTo(utf8(text));
        if (out.lossy()) {
            assertThat(CcrMarker.hashesIn(out.text())).contains(CcrMarker.hashOf(text));
        }
    }

    @Test
    void aHundredThousandLinesStayNearTheOutputBudget() {
        String text = LogFixtures.springBootIncident().repeat(50);

        Compressed out = compressor.compress(text, CompressionContext.of(text, ""));

        List<String> outLines = lines(out.text());
        LogCompressorSettings defaults = LogCompressorSettings.defaults();
        assertThat(outLines.size()).isLessThanOrEqualTo(
                defaults.maxOutputLines() + defaults.maxErrorLines() + defaults.maxSummaryLines());
        assertThat(outLines.stream()
                .filter(l -> l.contains(" ERROR 4711 ") || l.startsWith("Caused by:") || l.startsWith("java.sql."))
                .count())
                .isEqualTo(defaults.maxErrorLines());
        Matcher m = Pattern.compile("of 100,000 lines omitted: ([\\d,]+) ERROR").matcher(out.text());
        assertThat(m.find()).isTrue();
    }

    @Test
    void invalidSettingsAreRejected() {
        LogCompressorSettings d = LogCompressorSettings.defaults();
        assertThatThrownBy(() -> d.withMaxOutputLines(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogCompressorSettings(50, 100, -1, 5, 40, 10, 3, 3, 20, 5, 15, 10, 1_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogCompressorSettings(50, 100, 5, 5, 40, 10, 3, 3, 20, 5, 15, 10, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSmallerOutputBudgetGivesASmallerResult() {
        String text = LogFixtures.springBootIncident();
        CompressionContext ctx = CompressionContext.of(text, "");

        String small = new LogCompressor(LogCompressorSettings.defaults().withMaxOutputLines(40)).compress(text, ctx).text();
        String normal = compressor.compress(text, ctx).text();

        assertThat(small.length()).isLessThan(normal.length());
    }

    /** What a reader does with the lossless notes. */
    private static String expand(String text) {
        StringBuilder b = new StringBuilder();
        String previous = null;
        for (String line : text.split("(?<=\n)")) {
            Matcher m = REPEATED.matcher(line.replace("\n", ""));
            if (m.matches() && previous != null) {
                b.append(previous.repeat(Integer.parseInt(m.group(1))));
            } else {
                b.append(line);
                previous = line;
            }
        }
        return b.toString();
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
