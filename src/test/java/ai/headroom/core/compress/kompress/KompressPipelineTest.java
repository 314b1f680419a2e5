package ai.headroom.core.compress.kompress;

import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.core.CompressionRequest;
import ai.headroom.core.CompressionResult;
import ai.headroom.core.Headroom;
import ai.headroom.core.Settings;
import ai.headroom.core.ccr.InMemoryCcrStore;
import ai.headroom.core.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Through the pipeline, all of a request's new prose blocks go through the model together. */
class KompressPipelineTest {

    private static final List<String> PROSE = List.of(ProseSamples.generated(900, 21), ProseSamples.INCIDENT,
            ProseSamples.generated(1_300, 22), ProseSamples.DESIGN_NOTE);

    private final KompressModel model = TinyModel.get();
    private final WordScorer scorer = new WordScorer(model, KompressSettings.DEFAULT);

    @Test
    void aRequestWithSeveralProseBlocksMakesOneModelRunPerBatchAndEachBlockMatchesItsOwnRequest() throws Exception {
        // given each block compressed in a request of its own
        List<String> alone = new ArrayList<>();
        for (String prose : PROSE) {
            try (Headroom h = headroom(Duration.ofSeconds(30))) {
                alone.add(toolResults(h.compress(request(List.of(prose)))).get(0));
            }
        }

        // when the four blocks arrive in one request
        CompressionResult result;
        long before = model.inferenceCount();
        try (Headroom h = headroom(Duration.ofSeconds(30))) {
            result = h.compress(request(PROSE));
        }
        long runs = model.inferenceCount() - before;

        // then the model ran once per batch the plan for all four makes, and every block is what it was alone
        assertThat(runs).isEqualTo(plannedRuns(PROSE));
        assertThat(toolResults(result)).containsExactlyElementsOf(alone);
        assertThat(result.ccrHashes()).hasSize(PROSE.size());
        assertThat(result.transforms()).containsExactly("kompress");
    }

    @Test
    void blocksRememberedFromAnEarlierTurnAreNotRunAgain() throws Exception {
        try (Headroom h = headroom(Duration.ofSeconds(30))) {
            // given a first turn with two blocks
            CompressionResult turn1 = h.compress(request(PROSE.subList(0, 2)));

            // when the next turn repeats them and adds two
            long before = model.inferenceCount();
            CompressionResult turn2 = h.compress(request(PROSE));
            long runs = model.inferenceCount() - before;

            // then only the two new blocks went through the model, and the old ones repeat turn 1's bytes
            assertThat(runs).isEqualTo(plannedRuns(PROSE.subList(2, 4)));
            assertThat(toolResults(turn2).subList(0, 2)).isEqualTo(toolResults(turn1));
        }
    }

    @Test
    void blocksNotFinishedByTheDeadlineAreLeftAsTheyWereAndCompressedOnALaterTurn() throws Exception {
        InMemoryCcrStore store = new InMemoryCcrStore();
        // given a deadline no model run can meet
        Headroom hurried = headroom(Duration.ofNanos(1), store);

        // when
        CompressionResult late = hurried.compress(request(PROSE));

        // then every block is sent as it was, and nothing was remembered: a relaxed turn compresses them all
        assertThat(toolResults(late)).containsExactlyElementsOf(PROSE);
        assertThat(late.ccrHashes()).isEmpty();
        try (Headroom relaxed = headroom(Duration.ofSeconds(30), store)) {
            assertThat(relaxed.compress(request(PROSE)).ccrHashes()).hasSize(PROSE.size());
        }
    }

    private long plannedRuns(List<String> blocks) {
        return scorer.plan(blocks.stream().map(b -> scorer.windows(ProseWords.of(b).words())).toList()).size();
    }

    private Headroom headroom(Duration deadline) {
        return headroom(deadline, new InMemoryCcrStore());
    }

    private Headroom headroom(Duration deadline, InMemoryCcrStore store) {
        return Headroom.builder().store(store).settings(Settings.defaults().withDeadline(deadline))
                .compressor(new Kompress(model, KompressSettings.DEFAULT)).build();
    }

    /** An Anthropic request in which an agent fetched each text with a tool. */
    private static CompressionRequest request(List<String> results) throws Exception {
        ObjectNode body = Json.mapper().createObjectNode().put("model", "claude-sonnet-4-5").put("max_tokens", 1024);
        body.putArray("tools").addObject().put("name", "WebFetch").putObject("input_schema").put("type", "object");
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "user").put("content", "Summarise what these pages say.");
        for (int i = 0; i < results.size(); i++) {
            ObjectNode call = messages.addObject().put("role", "assistant").putArray("content").addObject();
            call.put("type", "tool_use").put("id", "toolu_" + i).put("name", "WebFetch").putObject("input");
            messages.addObject().put("role", "user").putArray("content").addObject().put("type", "tool_result")
                    .put("tool_use_id", "toolu_" + i).put("content", results.get(i));
        }
        return CompressionRequest.of(Json.mapper().writeValueAsBytes(body));
    }

    private static List<String> toolResults(CompressionResult result) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode m : Json.mapper().readTree(result.body()).path("messages")) {
            for (JsonNode part : m.path("content")) {
                if ("tool_result".equals(part.path("type").asText())) {
                    out.add(part.path("content").asText());
                }
            }
        }
        return out;
    }
}
