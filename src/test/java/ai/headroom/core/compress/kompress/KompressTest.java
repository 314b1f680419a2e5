package ai.headroom.core.compress.kompress;

import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.CompressionContext;
import ai.headroom.core.compress.text.MustKeepTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What Kompress does to prose with the tiny model: ratio, must-keep words, layout, batching, deadlines. */
class KompressTest {

    private final Kompress kompress = new Kompress(TinyModel.get(), KompressSettings.DEFAULT);

    @Test
    void mustKeepTokensAllSurvive() {
        // given prose full of numbers, paths, ids, flags, CamelCase and URLs
        String text = ProseSamples.INCIDENT;

        // when
        Compressed out = kompress.compress(text, CompressionContext.of(text, ""));

        // then every must-keep word of the input is in the output, in order
        assertThat(out.lossy()).isTrue();
        List<String> expected = ProseWords.of(text).words().stream().filter(MustKeepTokens::matches).toList();
        assertThat(expected).contains("14:05", "OrderService", "4.12.3", "config/alerts/db.yaml", "eu-west-1",
                "--dry-run", "https://traces.example.com/t/9f3a2c7e", "7c1e0b4d.");
        List<String> outWords = ProseWords.of(out.text()).words();
        assertThat(outWords).containsSubsequence(expected);
    }

    @Test
    void aboutTheTargetShareOfWordsIsKept() {
        // given a long text with few must-keep words
        String text = ProseSamples.generated(3_000, 7);
        int before = ProseWords.of(text).size();

        // when
        Compressed out = new Kompress(TinyModel.get(), KompressSettings.DEFAULT.withTargetKeepRatio(0.4))
                .compress(text, CompressionContext.of(text, ""));

        // then the kept words (marker aside) are the target share, plus must-keep words beyond it
        int after = keptWords(out.text());
        assertThat(after).isBetween((int) Math.ceil(0.4 * before), (int) (0.55 * before));
        assertThat(out.text()).endsWith(CompressionContext.of(text, "").marker(before + " words compressed to " + after));
    }

    @Test
    void functionWordsGoFirstAndParagraphBreaksStay() {
        // given prose with three paragraphs
        String text = ProseSamples.DESIGN_NOTE;

        // when
        Compressed out = kompress.compress(text, CompressionContext.of(text, ""));

        // then the tiny model's "drop" words (the, of, to …) are rarer and paragraphs are still separated
        assertThat(count(out.text(), " the ")).isLessThan(count(text, " the ") / 2);
        assertThat(out.text().split("\n\n")).hasSize(4); // three paragraphs and the marker
        assertThat(out.text()).endsWith(CompressionContext.of(text, "").marker(
                ProseWords.of(text).size() + " words compressed to " + keptWords(out.text())));
    }

    @Test
    void wordsOfTheQueryAreKept() {
        // given a query naming words the tiny model would drop
        String text = ProseSamples.MEETING_NOTES;
        CompressionContext ctx = CompressionContext.of(text, "which jobs were retried and when?");

        // when
        Compressed out = kompress.compress(text, ctx);

        // then every occurrence of "retried" and "when" survives
        assertThat(count(out.text(), "retried")).isEqualTo(count(text, "retried"));
        assertThat(count(out.text(), " when ")).isEqualTo(count(text, " when "));
    }

    @Test
    void manyChunksAreScoredInOneModelRunPerWindowWidth() {
        // given ~1,800 words: six chunks of 350 words
        String text = ProseSamples.generated(1_800, 3);
        KompressModel model = TinyModel.get();
        Kompress batched = new Kompress(model, KompressSettings.DEFAULT);
        WordScorer scorer = new WordScorer(model, KompressSettings.DEFAULT);
        List<WordScorer.Window> windows = scorer.windows(ProseWords.of(text).words());

        // when
        long before = model.inferenceCount();
        Compressed out = batched.compress(text, CompressionContext.of(text, ""));
        long runs = model.inferenceCount() - before;

        // then windows of the same padded width shared a session.run, and batching does not change the result
        assertThat(windows.size()).isGreaterThanOrEqualTo(6);
        assertThat(runs).isEqualTo(scorer.plan(List.of(windows)).size()).isLessThan(windows.size());
        KompressSettings oneByOne = new KompressSettings(0.5, 350, 512, 1, 40);
        assertThat(new Kompress(model, oneByOne).compress(text, CompressionContext.of(text, "")).text())
                .isEqualTo(out.text());
    }

    @Test
    void concurrentCallsGiveTheSameBytes() throws Exception {
        // given the same texts compressed on eight threads at once
        List<String> texts = ProseSamples.all();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String t = texts.get(i % texts.size());
                futures.add(pool.submit(() -> kompress.compress(t, CompressionContext.of(t, "")).text()));
            }
            // then each equals the single-threaded result
            for (int i = 0; i < futures.size(); i++) {
                String t = texts.get(i % texts.size());
                assertThat(futures.get(i).get()).isEqualTo(kompress.compress(t, CompressionContext.of(t, "")).text());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPassedDeadlineLeavesTheTextUnchanged() {
        // given a deadline already behind us
        String text = ProseSamples.INCIDENT;
        CompressionContext late = new CompressionContext(CcrMarker.hashOf(text), "", "", false, true, System.nanoTime() - 1);

        // when / then
        Compressed out = kompress.compress(text, late);
        assertThat(out.text()).isSameAs(text);
        assertThat(out.lossy()).isFalse();
    }

    @Test
    void aDeadlinePassingBetweenBatchesStopsScoring() throws Exception {
        // given five chunks, one window per run, and a deadline that passes after the first batch
        String text = ProseSamples.generated(1_500, 11);
        KompressModel model = TinyModel.get();
        WordScorer scorer = new WordScorer(model, new KompressSettings(0.5, 350, 512, 1, 40));
        int chunks = 5;
        int[] checks = {0};
        long before = model.inferenceCount();

        // when
        float[] scores = scorer.score(ProseWords.of(text).words(), () -> checks[0]++ > chunks);

        // then scoring gave up after one model run instead of finishing late
        assertThat(scores).isNull();
        assertThat(model.inferenceCount() - before).isEqualTo(1);
    }

    @Test
    void aDeadlinePassingWhileTokenizingStopsBeforeTheModelRuns() throws Exception {
        // given a deadline that passes after the first chunk is tokenized
        String text = ProseSamples.generated(1_500, 11);
        KompressModel model = TinyModel.get();
        int[] checks = {0};
        long before = model.inferenceCount();

        // when
        float[] scores = new WordScorer(model, KompressSettings.DEFAULT)
                .score(ProseWords.of(text).words(), () -> checks[0]++ >= 1);

        // then
        assertThat(scores).isNull();
        assertThat(model.inferenceCount()).isEqualTo(before);
        assertThat(checks[0]).isEqualTo(2);
    }

    @Test
    void proseWithBrokenOrAstralCharactersStillCompressesSafely() {
        // given prose with a lone surrogate, an emoji and accented words mixed in
        String text = ProseSamples.MEETING_NOTES.replace("backlog", "backlog \uD800").replace("pipeline", "pipeline 😀 café");

        // when
        Compressed out = kompress.compress(text, CompressionContext.of(text, ""));

        // then it is compressed, and words after the odd characters still get their own scores:
        // the tiny model's favourite drop word is as rare as in the clean text's output
        String clean = kompress.compress(ProseSamples.MEETING_NOTES,
                CompressionContext.of(ProseSamples.MEETING_NOTES, "")).text();
        assertThat(out.lossy()).isTrue();
        assertThat(utf8(out.text())).isLessThan(utf8(text));
        assertThat(CcrMarker.hashesIn(out.text())).contains(CcrMarker.hashOf(text));
        assertThat(count(out.text(), " the ")).isLessThanOrEqualTo(count(clean, " the ") + 1);
    }

    @Test
    void loneSurrogatesAreReplacedBeforeTokenizingAndLongWordsCut() {
        assertThat(WordScorer.head("a\uD800b")).isEqualTo("a\uFFFDb");
        assertThat(WordScorer.head("ok😀")).isEqualTo("ok😀");
        assertThat(WordScorer.head("x\uDC00")).isEqualTo("x\uFFFD");
        assertThat(WordScorer.head("y".repeat(63) + "😀")).isEqualTo("y".repeat(63));
    }

    @Test
    void alreadyMarkedTextIsLeftAlone() {
        String text = ProseSamples.DESIGN_NOTE + "\n\n" + CompressionContext.of("x", "").marker("earlier cut");
        assertThat(kompress.compress(text, CompressionContext.of(text, "")).text()).isSameAs(text);
    }

    @Test
    void withoutLossAllowedTheTextIsUnchanged() {
        String text = ProseSamples.DESIGN_NOTE;
        Compressed out = kompress.compress(text, CompressionContext.of(text, "").losslessOnly());
        assertThat(out.text()).isSameAs(text);
        assertThat(out.lossy()).isFalse();
    }

    @Test
    void windowsNeverExceedTheModelLimitEvenForWordsOfManyTokens() {
        // given words the tiny vocabulary splits into many pieces, and a 10,000-char "word"
        List<String> words = new ArrayList<>();
        for (String w : ProseWords.of(ProseSamples.generated(600, 5)).words()) {
            words.add(w);
            words.add("zqxvbnmplkjh" + words.size());
        }
        words.add(100, "[".repeat(10_000));
        KompressSettings settings = new KompressSettings(0.5, 350, 128, 4, 40);

        // when
        List<WordScorer.Window> windows = new WordScorer(TinyModel.get(), settings).windows(words);

        // then every window fits and every word is scored exactly once in order
        assertThat(windows).allSatisfy(w -> assertThat(w.ids().length).isLessThanOrEqualTo(128));
        List<Integer> seen = new ArrayList<>();
        windows.forEach(w -> {
            for (int word : w.wordOf()) {
                if (seen.isEmpty() || seen.get(seen.size() - 1) != word) {
                    seen.add(word);
                }
            }
        });
        assertThat(seen).hasSize(words.size()).isSorted();
    }

    /** Words of a Kompress output before its marker. */
    private static int keptWords(String out) {
        return ProseWords.of(out.substring(0, out.lastIndexOf("\n\n["))).size();
    }

    private static int utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
