package ai.headroom.gateway.ccr;

import ai.headroom.gateway.stream.SseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Splices OpenAI Responses streams: events of a {@code headroom_retrieve} function_call item (found by its
 * {@code output_index}) are dropped, other items are renumbered into one sequence, only the first round's
 * {@code response.created}/{@code in_progress} and the last round's {@code response.completed} pass, the
 * latter with the retrieve items removed from its {@code output}.
 */
final class OpenAiResponsesSplicer implements StreamSplicer {

    private final int maxRounds;
    private int round;
    private int nextClientIndex;
    private final Map<Integer, Integer> clientIndex = new TreeMap<>();
    private final Set<Integer> held = new HashSet<>();
    private boolean clientToolCalled;
    private JsonNode roundOutput;
    private List<ToolCall> pending = List.of();

    OpenAiResponsesSplicer(int maxRounds) {
        this.maxRounds = maxRounds;
    }

    @Override
    public void accept(SseEvent event, Consumer<String> out) {
        String type = event.event();
        ObjectNode data = JsonTrees.object(event.data());
        if (type.isEmpty()) {
            type = data.path("type").asText();
        }
        switch (type) {
            case "response.created", "response.in_progress" -> {
                if (round == 0) {
                    out.accept(event.raw());
                }
            }
            case "response.completed", "response.incomplete" -> onCompleted(event, data, out);
            default -> onItemEvent(event, data, out);
        }
    }

    private void onItemEvent(SseEvent event, ObjectNode data, Consumer<String> out) {
        if (!data.has("output_index")) {
            out.accept(event.raw());
            return;
        }
        int index = data.path("output_index").asInt();
        if (event.event().equals("response.output_item.added") || "response.output_item.added".equals(
                data.path("type").asText())) {
            JsonNode item = data.path("item");
            if (OpenAiResponsesLoop.isRetrieve(item)) {
                held.add(index);
            } else {
                clientToolCalled |= "function_call".equals(item.path("type").asText())
                        || "custom_tool_call".equals(item.path("type").asText());
                clientIndex.put(index, nextClientIndex++);
            }
        }
        if (held.contains(index)) {
            return;
        }
        Integer mapped = clientIndex.get(index);
        if (mapped == null || mapped == index) {
            out.accept(event.raw());
        } else {
            data.put("output_index", mapped);
            out.accept(SseEvent.of(event.event(), JsonTrees.write(data)).raw());
        }
    }

    private void onCompleted(SseEvent event, ObjectNode data, Consumer<String> out) {
        JsonNode response = data.path("response");
        List<ToolCall> calls = clientToolCalled ? List.of() : OpenAiResponsesLoop.callsIn(response.path("output"));
        if (!calls.isEmpty() && round < maxRounds) {
            pending = calls;
            roundOutput = response.path("output").deepCopy();
            return;
        }
        if (!held.isEmpty() && response instanceof ObjectNode r && r.path("output").isArray()) {
            ArrayNode kept = r.arrayNode();
            for (JsonNode item : response.path("output")) {
                if (!OpenAiResponsesLoop.isRetrieve(item)) {
                    kept.add(item);
                }
            }
            r.set("output", kept);
            out.accept(SseEvent.of(event.event(), JsonTrees.write(data)).raw());
            return;
        }
        out.accept(event.raw());
    }

    @Override
    public List<ToolCall> pendingCalls() {
        return pending;
    }

    @Override
    public List<String> continuation(Retriever retriever) {
        return OpenAiResponsesLoop.continuationFor(roundOutput, pending, retriever);
    }

    @Override
    public void nextRound() {
        round++;
        clientIndex.clear();
        held.clear();
        clientToolCalled = false;
        roundOutput = null;
        pending = List.of();
    }
}
