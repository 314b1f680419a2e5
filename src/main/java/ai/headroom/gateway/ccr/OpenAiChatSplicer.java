package ai.headroom.gateway.ccr;

import ai.headroom.gateway.stream.SseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Splices OpenAI Chat Completions streams: {@code headroom_retrieve} tool-call deltas are removed from the
 * chunks, a round that ends on them (finish_reason {@code tool_calls}) is continued upstream, and only the
 * last round's {@code [DONE]} reaches the client.
 *
 * <p>Protocol facts: a tool call's first delta carries {@code index}, {@code id} and {@code function.name};
 * later deltas carry only {@code index} and pieces of {@code function.arguments}.
 */
final class OpenAiChatSplicer implements StreamSplicer {

    private final int maxRounds;
    private int round;
    private final StringBuilder content = new StringBuilder();
    private final Map<Integer, ObjectNode> calls = new TreeMap<>();
    private final List<Integer> held = new ArrayList<>();
    private boolean clientToolCalled;
    private boolean roundWantsRetrieve;

    OpenAiChatSplicer(int maxRounds) {
        this.maxRounds = maxRounds;
    }

    @Override
    public void accept(SseEvent event, Consumer<String> out) {
        String data = event.data().trim();
        if (data.equals("[DONE]")) {
            if (!roundWantsRetrieve) {
                out.accept(event.raw());
            }
            return;
        }
        if (data.isEmpty() || !data.startsWith("{")) {
            out.accept(event.raw());
            return;
        }
        ObjectNode chunk = JsonTrees.object(data);
        JsonNode choice = chunk.path("choices").path(0);
        if (!(choice instanceof ObjectNode c)) {
            if (!roundWantsRetrieve) {
                out.accept(event.raw()); // usage-only chunk of a round the client sees
            }
            return;
        }
        boolean changed = false;
        ObjectNode delta = c.path("delta") instanceof ObjectNode d ? d : JsonNodeFactory.instance.objectNode();
        if (delta.path("content").isTextual()) {
            content.append(delta.get("content").asText());
        }
        if (delta.path("tool_calls").isArray()) {
            ArrayNode kept = JsonNodeFactory.instance.arrayNode();
            for (JsonNode tc : delta.get("tool_calls")) {
                int index = tc.path("index").asInt();
                ObjectNode call = calls.computeIfAbsent(index, k -> newCall(tc));
                String args = tc.path("function").path("arguments").asText("");
                ObjectNode fn = (ObjectNode) call.get("function");
                fn.put("arguments", fn.path("arguments").asText("") + args);
                if (OpenAiChatLoop.isRetrieve(call)) {
                    held.add(index);
                    changed = true;
                } else {
                    clientToolCalled = true;
                    kept.add(tc);
                }
            }
            if (changed) {
                if (kept.isEmpty()) {
                    delta.remove("tool_calls");
                } else {
                    delta.set("tool_calls", kept);
                }
            }
        }
        String finish = c.path("finish_reason").asText("");
        boolean ourCallsOnly = !held.isEmpty() && !clientToolCalled && finish.equals("tool_calls");
        if (ourCallsOnly && round < maxRounds) {
            roundWantsRetrieve = true;
            return;
        }
        if (ourCallsOnly) {
            c.put("finish_reason", "stop");
            changed = true;
        }
        if (!changed) {
            out.accept(event.raw());
        } else if (!delta.isEmpty() || c.hasNonNull("finish_reason")) {
            out.accept(SseEvent.of(event.event(), JsonTrees.write(chunk)).raw());
        }
    }

    private static ObjectNode newCall(JsonNode first) {
        ObjectNode call = JsonNodeFactory.instance.objectNode();
        call.put("id", first.path("id").asText(""));
        call.put("type", "function");
        call.putObject("function").put("name", first.path("function").path("name").asText(""))
                .put("arguments", "");
        return call;
    }

    @Override
    public List<ToolCall> pendingCalls() {
        if (!roundWantsRetrieve) {
            return List.of();
        }
        List<ToolCall> out = new ArrayList<>();
        for (ObjectNode call : calls.values()) {
            out.add(new ToolCall(call.path("id").asText(),
                    OpenAiChatLoop.hashOf(call.path("function").path("arguments").asText())));
        }
        return out;
    }

    @Override
    public List<String> continuation(Retriever retriever) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        calls.values().forEach(list::add);
        JsonNode text = content.isEmpty() ? JsonNodeFactory.instance.nullNode()
                : JsonNodeFactory.instance.textNode(content.toString());
        return OpenAiChatLoop.continuationFor(text, list, pendingCalls(), retriever);
    }

    @Override
    public void nextRound() {
        round++;
        content.setLength(0);
        calls.clear();
        held.clear();
        clientToolCalled = false;
        roundWantsRetrieve = false;
    }
}
