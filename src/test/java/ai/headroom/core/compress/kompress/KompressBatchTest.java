package ai.headroom.core.compress.kompress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.headroom.core.compress.BatchCompressor;
import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.CompressionContext;
import ai.headroom.core.content.ContentKind;
import ai.headroom.core.content.Detection;
import ai.headroom.core.content.Section;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Kompress scores many blocks in shared model runs: fewer runs, the same bytes per block, cut short by the deadline. */
class KompressBatchTest {

    private final KompressModel model = TinyModel.get();
    private final Kompress kompress = new Kompress(model, KompressSettings.DEFAULT);
    private final WordScorer scorer = new WordScorer(model, KompressSettings.DEFAULT);

    private static final List<String> BLOCKS = List.of(ProseSamples.generated(900, 1), ProseSamples.INCIDENT,
            ProseSamples.generated(1_300, 2), ProseSamples.DESIGN_NOTE, ProseSamples.generated(400, 3),
            ProseSamples.MEETING_NOTES);

    @Test
    void severalBlocksShareModelRunsAndEachComesOutAsItDoesAlone() {
        // given six prose blocks and what each gives when compressed on its own
        List<String> alone = new ArrayList<>();
        long runsAlone = 0;
        for (String block : BLOCKS) {
            long before = model.inferenceCount();
            alone.add(kompress.compress(block, CompressionContext.of(block, "")).text());
            runsAlone += model.inferenceCount() - before;
        }

        // when all six go in one batch
        long before = model.inferenceCount();
        List<Optional<Compressed>> together = kompress.compressAll(jobs(BLOCKS));
        long runsTogether = model.inferenceCount() - before;

        // then one run per padded window width, far fewer than one by one, and the same bytes per block
        List<List<WordScorer.Window>> windows = BLOCKS.stream().map(b -> scorer.windows(ProseWords.of(b).words())).toList();
        assertThat(runsTogether).isEqualTo(scorer.plan(windows).size()).isLessThan(runsAlone);
        assertThat(together).extracting(o -> o.orElseThrow().text()).containsExactlyElementsOf(alone);
        assertThat(together).allSatisfy(o -> assertThat(o.orElseThrow().lossy()).isTrue());
    }

    @Test
    void aBlocksBytesDoNotDependOnWhichBlocksShareItsBatch() {
        // given the third block batched with different neighbours, in different orders
        List<String> a = List.of(BLOCKS.get(2), BLOCKS.get(0));
        List<String> b = List.of(BLOCKS.get(5), BLOCKS.get(4), BLOCKS.get(2), BLOCKS.get(1));

        // when
        String withA = kompress.compressAll(jobs(a)).get(0).orElseThrow().text();
        String withB = kompress.compressAll(jobs(b)).get(2).orElseThrow().text();

        // then
        assertThat(withA).isEqualTo(withB).isEqualTo(kompress.compress(BLOCKS.get(2), CompressionContext.of(BLOCKS.get(2), "")).text());
    }

    @Test
    void paddingIsInvisibleToTheModelWhenTheAttentionMaskIsSent() throws Exception {
        // given one window, and the same window padded by 64 and 200 positions
        long[] window = scorer.windows(ProseWords.of(ProseSamples.INCIDENT).words()).get(0).ids();

        // when
        float[] exact = model.keepProbabilities(List.of(window), window.length)[0];
        float[] padded = model.keepProbabilities(List.of(window), window.length + 64)[0];
        float[] paddedMore = model.keepProbabilities(List.of(window), window.length + 200)[0];

        // then every real position keeps its probability (the tiny model averages over unmasked positions only)
        assertThat(padded).hasSameSizeAs(exact);
        for (int t = 0; t < exact.length; t++) {
            assertThat(padded[t]).isCloseTo(exact[t], within(1e-6f));
            assertThat(paddedMore[t]).isCloseTo(exact[t], within(1e-6f));
        }
    }

    @Test
    void aWindowGetsTheSameBitsAloneOrInAnyBatch() throws Exception {
        // given a long and a short window run at one width, alone, together, in either order and among others
        List<WordScorer.Window> windows = scorer.windows(ProseWords.of(ProseSamples.generated(900, 1)).words());
        long[] first = windows.get(0).ids();
        long[] last = windows.get(windows.size() - 1).ids();
        int width = Math.max(first.length, last.length);

        // when
        float[] alone = model.keepProbabilities(List.of(first), width)[0];
        float[][] pair = model.keepProbabilities(List.of(last, first), width);
        float[][] four = model.keepProbabilities(List.of(first, last, last, last), width);

        // then bit for bit, so a block's keep ranking never depends on its batch mates
        assertThat(Arrays.equals(pair[1], alone)).isTrue();
        assertThat(Arrays.equals(four[0], alone)).isTrue();
        assertThat(Arrays.equals(four[1], pair[0])).isTrue();
        assertThat(Arrays.equals(model.keepProbabilities(List.of(last), width)[0], pair[0])).isTrue();
    }

    @Test
    void aDeadlineInTheMiddleOfABatchFinishesTheEarlierBlocksAndLeavesTheRestUnscored() throws Exception {
        // given three blocks whose runs the deadline cuts after the first one
        List<List<String>> texts = List.of(ProseWords.of(BLOCKS.get(4)).words(), ProseWords.of(BLOCKS.get(0)).words(),
                ProseWords.of(BLOCKS.get(2)).words());
        List<WordScorer.Run> plan = scorer.plan(texts.stream().map(scorer::windows).toList());
        int tokenizingChecks = texts.stream().mapToInt(t -> (t.size() + 349) / 350).sum();
        int[] checks = {0};
        long before = model.inferenceCount();

        // when the deadline passes after the first run
        float[][] scores = scorer.scoreAll(texts, () -> checks[0]++ > tokenizingChecks);

        // then exactly one run was made; a block all of whose windows it held is scored as in a full run; no other is
        assertThat(model.inferenceCount() - before).isEqualTo(1);
        float[][] full = scorer.scoreAll(texts, () -> false);
        for (int t = 0; t < texts.size(); t++) {
            int text = t;
            boolean done = plan.stream().filter(r -> r.windows().stream().anyMatch(p -> p.text() == text))
                    .allMatch(r -> r == plan.get(0));
            if (done) {
                assertThat(scores[t]).as("block %d", t).isEqualTo(full[t]);
            } else {
                assertThat(scores[t]).as("block %d", t).isNull();
            }
        }
        assertThat(scores[2]).as("the last block needs more than the first run").isNull();
    }

    @Test
    void jobsPastTheirDeadlineAreLeftUnfinishedAndMarkedOrLosslessOnesUnchanged() {
        String text = BLOCKS.get(0);
        CompressionContext late = new CompressionContext(CompressionContext.of(text, "").hash(), "", "", false, true,
                System.nanoTime() - 1);
        List<Optional<Compressed>> out = kompress.compressAll(List.of(
                new BatchCompressor.Job(section(text), late),
                new BatchCompressor.Job(section(text), CompressionContext.of(text, "").losslessOnly())));

        assertThat(out.get(0)).isEmpty();
        assertThat(out.get(1)).contains(Compressed.unchanged(text));
    }

    private static List<BatchCompressor.Job> jobs(List<String> texts) {
        return texts.stream().map(t -> new BatchCompressor.Job(section(t), CompressionContext.of(t, ""))).toList();
    }

    private static Section section(String text) {
        return new Section(Detection.of(ContentKind.TEXT), text);
    }
}
