package ai.headroom.core.pipeline;

import static ai.headroom.core.pipeline.Requests.bigText;
import static ai.headroom.core.pipeline.Requests.claudeCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.headroom.core.CompressionRequest;
import ai.headroom.core.CompressionResult;
import ai.headroom.core.Headroom;
import ai.headroom.core.InvalidRequestException;
import ai.headroom.core.Settings;
import ai.headroom.core.ccr.CcrStore;
import ai.headroom.core.ccr.InMemoryCcrStore;
import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.CompressionContext;
import ai.headroom.core.compress.Compressor;
import ai.headroom.core.content.ContentKind;
import ai.headroom.core.json.Json;
import java.util.concurrent.locks.LockSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CompressionPipelineTest {

    private final InMemoryCcrStore store = new InMemoryCcrStore();

    private Headroom headroom(Compressor compressor, CcrStore s) {
        return Headroom.builder().store(s).compressor(compressor)
                .settings(Settings.defaults().withDeadline(Duration.ofSeconds(5))).build();
    }

    private static CompressionResult run(Headroom h, String body) {
        return h.compress(CompressionRequest.of(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode tree(CompressionResult r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    @Test
    void aClaudeCodeShapedRequestGetsItsToolResultCompressedAndEveryOtherByteKept() throws Exception {
        String log = bigText("build step");
        CompressionResult result = run(headroom(new KeepHeadCompressor(), store), claudeCode(log));

        String out = new String(result.body(), StandardCharsets.UTF_8);
        JsonNode block = tree(result).at("/messages/2/content/0");
        assertThat(block.path("content").asText()).startsWith(log.substring(0, 100)).contains("Retrieve more: hash=");
        assertThat(block.path("cache_control").path("type").asText()).isEqualTo("ephemeral");
        assertThat(out).contains("\"temperature\":0.40000000000000002");
        assertThat(out).startsWith("{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":32000,\"stream\":true,\"system\":[");
        assertThat(result.ccrHashes()).hasSize(1);
        assertThat(store.get("local", result.ccrHashes().get(0))).contains(log);
        assertThat(result.tokensAfter()).isLessThan(result.tokensBefore());
    }

    @Test
    void theRetrieveToolIsAppendedAfterTheClientsOwnTools() throws Exception {
        CompressionResult result = run(headroom(new KeepHeadCompressor(), store), claudeCode(bigText("x")));
        JsonNode tools = tree(result).path("tools");
        assertThat(tools).hasSize(2);
        assertThat(tools.get(0).path("name").asText()).isEqualTo("Bash");
        assertThat(tools.get(1).path("name").asText()).isEqualTo("headroom_retrieve");
        assertThat(tools.get(1).has("input_schema")).isTrue();
    }

    @Test
    void aRequestWithNothingToCompressComesBackAsTheSameBytes() {
        String body = "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"temperature\":1e0}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        CompressionResult result = headroom(new KeepHeadCompressor(), store).compress(CompressionRequest.of(bytes));
        assertThat(result.modified()).isFalse();
        assertThat(result.body()).isSameAs(bytes);
    }

    @Test
    void turnTwoRepeatsTurnOnesCompressedPrefixByteForByte() {
        Headroom h = headroom(new QueryEchoCompressor(), store);
        String first = bigText("first result");
        CompressionResult turn1 = run(h, claudeCode(first));
        CompressionResult turn2 = run(h, claudeCode(first, bigText("second result")));
        String t1 = new String(turn1.body(), StandardCharsets.UTF_8);
        String t2 = new String(turn2.body(), StandardCharsets.UTF_8);
        String block1 = t1.substring(t1.indexOf("\"tool_result\""), t1.indexOf("}]}", t1.indexOf("\"tool_result\"")));
        assertThat(t2).contains(block1.replace(",\"cache_control\":{\"type\":\"ephemeral\"}", ""));
    }

    @Test
    void theTimeSpentInCompressorsIsReportedPerKindAndARememberedBlockCostsNone() {
        KeepHeadCompressor keepHead = new KeepHeadCompressor();
        Compressor slow = new Compressor() {
            @Override
            public String name() {
                return keepHead.name();
            }

            @Override
            public ContentKind kind() {
                return keepHead.kind();
            }

            @Override
            public Compressed compress(String text, CompressionContext ctx) {
                LockSupport.parkNanos(3_000_000);
                return keepHead.compress(text, ctx);
            }
        };
        Headroom h = headroom(slow, store);
        String body = claudeCode(bigText("first result"));

        long first = run(h, body).kinds().get(ContentKind.TEXT).compressorNanos();
        var again = run(h, body).kinds().get(ContentKind.TEXT);

        assertThat(first).isGreaterThanOrEqualTo(3_000_000);
        assertThat(again.blocks()).isEqualTo(1);
        assertThat(again.compressorNanos()).as("the decision is remembered, no compressor runs").isZero();
    }

    @Test
    void aCompressorThatThrowsLeavesItsBlockAsItWas() {
        Compressor throwing = new Compressor() {
            public String name() { return "boom"; }
            public ContentKind kind() { return ContentKind.TEXT; }
            public Compressed compress(String text, CompressionContext ctx) { throw new IllegalStateException("boom"); }
        };
        String body = claudeCode(bigText("x"));
        CompressionResult result = run(headroom(throwing, store), body);
        assertThat(new String(result.body(), StandardCharsets.UTF_8)).contains(Requests.quote(bigText("x")));
        assertThat(result.failures()).isEqualTo(1);
    }

    @Test
    void aBlockLeftAloneByATransientFailureGetsCompressedOnTheNextTurn() {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        Compressor flaky = new Compressor() {
            public String name() { return "flaky"; }
            public ContentKind kind() { return ContentKind.TEXT; }
            public Compressed compress(String text, CompressionContext ctx) {
                if (calls.getAndIncrement() == 0) {
                    throw new IllegalStateException("cold start");
                }
                return new KeepHeadCompressor().compress(text, ctx);
            }
        };
        Headroom h = headroom(flaky, store);
        String body = claudeCode(bigText("x"));
        assertThat(run(h, body).ccrHashes()).isEmpty();
        assertThat(run(h, body).ccrHashes()).hasSize(1);
    }

    @Test
    void aBlockACompressorGaveUpOnWhenTheDeadlinePassedIsCompressedOnTheNextTurn() {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        Compressor slowFirst = new Compressor() {
            public String name() { return "slow_first"; }
            public ContentKind kind() { return ContentKind.TEXT; }
            public Compressed compress(String text, CompressionContext ctx) {
                if (calls.getAndIncrement() == 0) {
                    while (!ctx.pastDeadline()) {
                        Thread.onSpinWait(); // a cold first call that overruns the request's budget
                    }
                }
                // As every compressor here does: past the deadline, lossless changes only.
                return ctx.pastDeadline() ? Compressed.unchanged(text) : new KeepHeadCompressor().compress(text, ctx);
            }
        };
        Headroom h = Headroom.builder().store(store).compressor(slowFirst)
                .settings(Settings.defaults().withDeadline(Duration.ofMillis(20))).build();
        String body = claudeCode(bigText("x"));

        CompressionResult first = run(h, body);
        CompressionResult second = run(h, body);

        assertThat(first.ccrHashes()).isEmpty();
        assertThat(first.failures()).isPositive();
        assertThat(second.ccrHashes()).as("not remembered as 'leave it alone'").hasSize(1);
        assertThat(calls).hasValue(2);
    }

    @Test
    void whenTheStoreRejectsAnOriginalOnlyLosslessChangesAreKept() throws Exception {
        CcrStore failing = new RejectingStore();
        String padded = bigText("a            b            c");
        CompressionResult result = run(headroom(new KeepHeadCompressor(), failing), claudeCode(padded));
        String content = tree(result).at("/messages/2/content/0/content").asText();
        assertThat(content).doesNotContain("Retrieve more").isEqualTo(padded.replaceAll(" {2,}", " "));
        assertThat(result.ccrHashes()).isEmpty();
    }

    @Test
    void protectedToolsAreOnlyChangedLosslessly() throws Exception {
        String body = claudeCode(bigText("a    b")).replace("\"name\":\"Bash\",\"input\"", "\"name\":\"Read\",\"input\"");
        CompressionResult result = run(headroom(new KeepHeadCompressor(), store), body);
        assertThat(tree(result).at("/messages/2/content/0/content").asText()).doesNotContain("Retrieve more");
    }

    @Test
    void unreadableInputIsRefusedWithOneClearLine() {
        Headroom h = headroom(new KeepHeadCompressor(), store);
        assertThatThrownBy(() -> run(h, "{\"messages\": [")).isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("request body is not valid JSON");
        assertThatThrownBy(() -> run(h, "[1,2]")).hasMessage("request body must be a JSON object, got array");
        assertThatThrownBy(() -> run(h, "{\"model\":\"x\"}")).hasMessageContaining("neither \"messages\" nor \"input\"");
        assertThatThrownBy(() -> run(h, "[".repeat(10_000))).hasMessageContaining("nested deeper than");
        byte[] badUtf8 = {'{', '"', 'm', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThatThrownBy(() -> h.compress(CompressionRequest.of(badUtf8))).hasMessageContaining("UTF-8");
    }

    /** Compresses differently depending on the query: only a remembered decision keeps turns identical. */
    static final class QueryEchoCompressor implements Compressor {
        public String name() { return "query_echo"; }
        public ContentKind kind() { return ContentKind.TEXT; }
        public Compressed compress(String text, CompressionContext ctx) {
            return Compressed.lossy(text.substring(0, 80) + ctx.marker("q=" + ctx.query().length()));
        }
    }
}
