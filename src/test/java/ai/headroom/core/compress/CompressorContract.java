package ai.headroom.core.compress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.headroom.cli.BenchCase;
import ai.headroom.core.CompressionRequest;
import ai.headroom.core.CompressionResult;
import ai.headroom.core.Headroom;
import ai.headroom.core.Settings;
import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.ccr.InMemoryCcrStore;
import ai.headroom.core.content.ContentKind;
import ai.headroom.core.content.Detection;
import ai.headroom.core.content.Section;
import ai.headroom.core.json.Json;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract every compressor passes: extend it, name the compressor and give it real-looking
 * inputs of its kind. Besides the compressor's own promises it checks, through the whole pipeline
 * (the samples wrapped as an agent's tool result), that every stored original comes back byte for byte
 * and that a compressor that throws leaves the request as it was.
 */
public abstract class CompressorContract {

    /** The compressor under test. */
    protected abstract Compressor compressor();

    /** Real-looking inputs of the compressor's kind, each big enough that it should save something. */
    protected abstract List<String> compressibleSamples();

    /** The user's question used as the relevance query for the samples. */
    protected String query() {
        return "";
    }

    /** Inputs that are not (valid) content of this kind; by default a shared set of hostile strings. */
    protected List<String> badInputs() {
        List<String> bad = new ArrayList<>(List.of(
                "",
                " ",
                "\u0000\u0001\u0002\u0003binary\uFFFD\uFFFD",
                "{\"truncated\": [1, 2, 3",
                "[".repeat(10_000),
                "\uD800 lone surrogate",
                "x".repeat(200_000)));
        String sample = compressibleSamples().get(0);
        bad.add(sample.substring(0, sample.length() / 2));
        return bad;
    }

    private Compressed run(String text, CompressionContext ctx) {
        Compressed result = compressor().compress(text, ctx);
        assertThat(result).as("compress() must not return null").isNotNull();
        return result;
    }

    @Test
    void sameInputGivesSameBytes() {
        for (String sample : compressibleSamples()) {
            CompressionContext ctx = CompressionContext.of(sample, query());
            assertThat(run(sample, ctx).text()).isEqualTo(run(sample, ctx).text());
        }
    }

    @Test
    void outputIsNeverLargerThanInput() {
        for (String sample : compressibleSamples()) {
            Compressed out = run(sample, CompressionContext.of(sample, query()));
            assertThat(utf8(out.text())).isLessThanOrEqualTo(utf8(sample));
        }
    }

    @Test
    void realLookingInputsAreMadeSmaller() {
        for (String sample : compressibleSamples()) {
            Compressed out = run(sample, CompressionContext.of(sample, query()));
            assertThat(utf8(out.text())).as("sample starting %s", head(sample)).isLessThan(utf8(sample));
        }
    }

    @Test
    void lossyOutputPointsAtTheOriginalWithAMarker() {
        for (String sample : compressibleSamples()) {
            CompressionContext ctx = CompressionContext.of(sample, query());
            Compressed out = run(sample, ctx);
            if (out.lossy()) {
                assertThat(CcrMarker.hashesIn(out.text())).contains(ctx.hash());
            } else {
                assertThat(CcrMarker.isMarked(out.text()))
                        .as("a lossless result must not claim an original to retrieve")
                        .isEqualTo(CcrMarker.isMarked(sample));
            }
        }
    }

    @Test
    void withoutAStoreOnlyLosslessChangesAreMade() {
        for (String sample : compressibleSamples()) {
            CompressionContext ctx = CompressionContext.of(sample, query()).losslessOnly();
            Compressed out = run(sample, ctx);
            assertThat(out.lossy()).isFalse();
            assertThat(CcrMarker.hashesIn(out.text())).doesNotContain(ctx.hash());
            assertThat(utf8(out.text())).isLessThanOrEqualTo(utf8(sample));
        }
    }

    @Test
    void badInputIsReturnedWithoutThrowingAndNeverGrows() {
        for (String bad : badInputs()) {
            assertThatCode(() -> {
                Compressed out = run(bad, CompressionContext.of(bad, query()));
                assertThat(utf8(out.text())).isLessThanOrEqualTo(utf8(bad));
                if (out.lossy()) {
                    assertThat(CcrMarker.isMarked(out.text())).isTrue();
                }
            }).as("input starting %s", head(bad)).doesNotThrowAnyException();
        }
    }

    @Test
    void aPassedDeadlineStillGivesAValidResult() {
        for (String sample : compressibleSamples()) {
            CompressionContext past = new CompressionContext(
                    CcrMarker.hashOf(sample), query(), "", false, true, System.nanoTime() - 1);
            Compressed out = run(sample, past);
            assertThat(utf8(out.text())).isLessThanOrEqualTo(utf8(sample));
        }
    }

    @Test
    void throughThePipelineEveryOriginalComesBackByteForByte() throws Exception {
        InMemoryCcrStore store = new InMemoryCcrStore();
        int stored = 0;
        try (Headroom headroom = pipelineWith(compressor(), store)) {
            for (String sample : compressibleSamples()) {
                CompressionResult result = headroom.compress(CompressionRequest.of(BenchCase.wrap(sample)));
                for (String hash : result.ccrHashes()) {
                    assertThat(headroom.retrieve("local", hash)).contains(sample);
                    stored++;
                }
            }
        }
        assertThat(stored).as("at least one sample is compressed lossily and stored").isPositive();
    }

    @Test
    void aThrowingCompressorLeavesTheRequestAsItWas() throws Exception {
        Compressor real = compressor();
        Compressor throwing = new Compressor() {
            @Override
            public String name() {
                return real.name();
            }

            @Override
            public ContentKind kind() {
                return real.kind();
            }

            @Override
            public Compressed compress(String text, CompressionContext context) {
                real.compress(text, context);
                throw new IllegalStateException("compressor bug");
            }

            @Override
            public Compressed compress(Section section, CompressionContext context) {
                real.compress(section, context);
                throw new IllegalStateException("compressor bug");
            }
        };
        try (Headroom headroom = pipelineWith(throwing, new InMemoryCcrStore())) {
            for (String sample : compressibleSamples()) {
                byte[] body = BenchCase.wrap(sample);
                CompressionResult result = headroom.compress(CompressionRequest.of(body));
                assertThat(result.ccrHashes()).isEmpty();
                assertThat(new String(result.body(), StandardCharsets.UTF_8))
                        .contains(new String(body, StandardCharsets.UTF_8).substring(0, 40));
                assertThat(Json.mapper().readTree(result.body()).at("/messages/2/content/0/content").asText())
                        .isEqualTo(sample);
            }
        }
    }

    @Test
    void aBatchCompressorGivesEachJobTheBytesItGivesAlone() {
        assumeTrue(compressor() instanceof BatchCompressor, "not a batch compressor");
        BatchCompressor batch = (BatchCompressor) compressor();
        List<BatchCompressor.Job> jobs = new ArrayList<>();
        for (String sample : compressibleSamples()) {
            jobs.add(new BatchCompressor.Job(new Section(Detection.of(batch.kind()), sample),
                    CompressionContext.of(sample, query())));
        }
        List<BatchCompressor.Job> reversed = new ArrayList<>(jobs);
        java.util.Collections.reverse(reversed);

        List<Optional<Compressed>> together = batch.compressAll(jobs);
        List<Optional<Compressed>> backwards = batch.compressAll(reversed);

        assertThat(together).hasSize(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            BatchCompressor.Job job = jobs.get(i);
            Compressed alone = batch.compress(job.section(), job.context());
            assertThat(together.get(i)).as("job %d", i).contains(alone);
            assertThat(backwards.get(jobs.size() - 1 - i)).as("job %d reversed", i).contains(alone);
        }
    }

    @Test
    void aThrowingBatchCallLeavesTheRequestAsItWas() throws Exception {
        assumeTrue(compressor() instanceof BatchCompressor, "not a batch compressor");
        BatchCompressor real = (BatchCompressor) compressor();
        BatchCompressor throwing = new BatchCompressor() {
            @Override
            public String name() {
                return real.name();
            }

            @Override
            public ContentKind kind() {
                return real.kind();
            }

            @Override
            public Compressed compress(String text, CompressionContext context) {
                return real.compress(text, context);
            }

            @Override
            public List<Optional<Compressed>> compressAll(List<Job> jobs) {
                real.compressAll(jobs);
                throw new IllegalStateException("batch bug");
            }
        };
        // One store for both pipelines, left open in between: closing a Headroom clears its store.
        InMemoryCcrStore store = new InMemoryCcrStore();
        Headroom failing = pipelineWith(throwing, store);
        for (String sample : compressibleSamples()) {
            CompressionResult result = failing.compress(CompressionRequest.of(BenchCase.wrap(sample)));
            assertThat(result.ccrHashes()).isEmpty();
            assertThat(result.failures()).isPositive();
            assertThat(Json.mapper().readTree(result.body()).at("/messages/2/content/0/content").asText())
                    .isEqualTo(sample);
        }
        int compressedLater = 0;
        try (Headroom later = pipelineWith(real, store)) {
            for (String sample : compressibleSamples()) {
                compressedLater += later.compress(CompressionRequest.of(BenchCase.wrap(sample))).ccrHashes().size();
            }
        }
        assertThat(compressedLater).as("a failed batch is not remembered: the next turn compresses").isPositive();
    }

    /** A pipeline in which this compressor handles its kind and the other kinds have none (router unchanged). */
    private static Headroom pipelineWith(Compressor compressor, InMemoryCcrStore store) {
        Headroom.Builder builder = Headroom.builder().store(store)
                .settings(Settings.defaults().withDeadline(Duration.ofSeconds(30)));
        for (ContentKind kind : ContentKind.values()) {
            builder.withoutCompressor(kind);
        }
        return builder.compressor(compressor).build();
    }

    protected static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String head(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
