package ai.headroom.core.compress.text;

import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.CompressionContext;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextCrusherTest {

    private static final Encoding O200K = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
    /** Independent of MustKeepTokens: digit runs, camelCase/PascalCase words, flags, dotted and snake names. */
    private static final Pattern IDENTIFIER_LIKE = Pattern.compile(
            "\\d+|\\b[a-z]+[A-Z]\\w*|\\b[A-Z][a-z]+[A-Z]\\w*|--[a-z][\\w-]*|\\b[a-z]+\\.[a-z][\\w.]*[a-z]\\b|\\b\\w+_\\w+\\b");

    private final TextCrusher crusher = new TextCrusher();

    private Compressed crush(String text, String query) {
        return crusher.compress(text, CompressionContext.of(text, query));
    }

    @Test
    void anIncidentWriteUpLosesAtLeastFortyPercentOfItsTokens() {
        String doc = ProseFixtures.incidentPostmortem();

        Compressed out = crush(doc, "");

        int before = O200K.countTokens(doc);
        int after = O200K.countTokens(out.text());
        System.out.printf("text_crusher incident: %d -> %d chars, %d -> %d tokens%n",
                doc.length(), out.text().length(), before, after);
        assertThat(out.lossy()).isTrue();
        assertThat(after).isLessThanOrEqualTo(before * 60 / 100);
    }

    @Test
    void aSupportThreadLosesAtLeastFortyPercentOfItsTokens() {
        String doc = ProseFixtures.supportThread();

        Compressed out = crush(doc, "");

        assertThat(out.lossy()).isTrue();
        assertThat(O200K.countTokens(out.text())).isLessThanOrEqualTo(O200K.countTokens(doc) * 60 / 100);
    }

    @Test
    void theSentencesThatAnswerTheQuestionSurviveInTheSupportThread() {
        String doc = ProseFixtures.supportThread();
        String answer = "That is why memory grows with the size of the upload.";

        assertThat(crush(doc, "").text()).doesNotContain(answer);
        assertThat(crush(doc, "why does memory grow with the upload size?").text()).contains(answer)
                .contains("By default the gateway buffers the whole request body in memory");
    }

    @Test
    void everyNumberAndIdentifierOfTheInputSurvives() {
        for (String doc : List.of(ProseFixtures.incidentPostmortem(), ProseFixtures.supportThread())) {
            for (String query : List.of("", "why did payments fail", "memory")) {
                String out = crush(doc, query).text();

                assertThat(MustKeepTokens.find(doc)).allSatisfy(t -> assertThat(out).contains(t));
                assertThat(matches(IDENTIFIER_LIKE, doc)).allSatisfy(t -> assertThat(out).contains(t));
            }
        }
    }

    @Test
    void headingsCodeAndTablesAreAlwaysKept() {
        String doc = ProseFixtures.incidentPostmortem() + "\n\n```\nSELECT count(*) FROM pg_stat_activity;\n```\n\n"
                + "| pods | pool |\n| --- | --- |\n| twelve | twenty |\n";

        String out = crush(doc, "").text();

        assertThat(doc.lines().filter(l -> l.startsWith("#"))).allSatisfy(h -> assertThat(out).contains(h + "\n"));
        assertThat(out).contains("```\nSELECT count(*) FROM pg_stat_activity;\n```",
                "| pods | pool |\n| --- | --- |\n| twelve | twenty |");
    }

    @Test
    void keptSentencesAppearInTheirOriginalOrder() {
        String doc = ProseFixtures.incidentPostmortem();
        String out = crush(doc, "").text();

        int last = -1;
        for (String piece : out.split("\n")) {
            if (piece.isBlank() || CcrMarker.isMarked(piece)) {
                continue;
            }
            String head = piece.length() > 40 ? piece.substring(0, 40) : piece;
            int at = doc.indexOf(head, last + 1);
            assertThat(at).as("'%s' after offset %d", head, last).isGreaterThan(last);
            last = at;
        }
    }

    @Test
    void oneMarkerCountsTheKeptSentences() {
        String doc = ProseFixtures.supportThread();
        CompressionContext ctx = CompressionContext.of(doc, "");

        String out = crusher.compress(doc, ctx).text();

        assertThat(CcrMarker.hashesIn(out)).containsExactly(ctx.hash());
        assertThat(out).containsPattern("\\n\\n\\[\\d+ of \\d+ sentences kept\\. Retrieve more: hash=\\w{24}]$");
    }

    @Test
    void theQueryPullsInAnOtherwiseUnremarkableSentence() {
        String[] who = {"The review board", "Several teams", "The platform group", "Our managers", "The testers"};
        String[] did = {"discussed", "questioned", "praised", "revisited", "summarised"};
        String[] what = {"the release plan", "the rollout schedule", "the budget", "the staffing", "the roadmap"};
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sentences.add(who[i % 5] + " " + did[(i / 5 + i) % 5] + " " + what[(i * 3) % 5]
                    + " during the weekly meeting.");
        }
        sentences.add(13, "Someone mentioned penguins.");
        String doc = String.join(" ", sentences);

        assertThat(crush(doc, "").text()).doesNotContain("penguins");
        assertThat(crush(doc, "what about penguins").text()).contains("Someone mentioned penguins.");
    }

    @Test
    void nearDuplicateSentencesAreDropped() {
        String repeated = "The cache warms up slowly after a restart because every key is loaded on first use.";
        StringBuilder doc = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            doc.append(repeated).append(' ');
        }
        doc.append("Operators should preload the hottest keys instead.");

        String out = crush(doc.toString(), "").text();

        assertThat(out.split("cache warms up slowly", -1).length - 1).isEqualTo(1);
        assertThat(out).contains("Operators should preload the hottest keys instead.");
    }

    @Test
    void shortTextsPassThrough() {
        String doc = "One idea. Two ideas. Three ideas here. Four of them. Five now. Six and counting. Seven.";

        assertThat(crush(doc, "").text()).isSameAs(doc);
    }

    @Test
    void withoutAStoreTheTextIsReturnedUnchanged() {
        String doc = ProseFixtures.incidentPostmortem();

        Compressed out = crusher.compress(doc, CompressionContext.of(doc, "").losslessOnly());

        assertThat(out.text()).isSameAs(doc);
        assertThat(out.lossy()).isFalse();
    }

    @Test
    void timingPerHundredKilobytesIsReported() {
        StringBuilder big = new StringBuilder();
        while (big.length() < 100_000) {
            big.append(ProseFixtures.incidentPostmortem()).append("\n\n");
        }
        String doc = big.toString();
        for (int i = 0; i < 20; i++) {
            crush(doc, "pool size");
        }
        int reps = 20;
        long start = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            crush(doc, "pool size");
        }
        double msPer100k = (System.nanoTime() - start) / 1e6 / reps * 100_000 / doc.length();
        System.out.printf("text_crusher: %.2f ms per 100 KB%n", msPer100k);
        assertThat(msPer100k).isPositive();
    }

    private static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
