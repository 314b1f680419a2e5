package ai.headroom.gateway.ccr;

import ai.headroom.gateway.http.Provider;
import ai.headroom.gateway.stream.SseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Splices OpenAI Chat Completions streams: {@code headroom_retrieve} tool-call deltas are removed from the
 * chunks, the client's own tool calls are renumbered so the {@code index} values it sees run 0, 1, 2…,
 * a round that ends on retrieve calls only (finish_reason {@code tool_calls}) is continued upstream, and
 * only the last round's {@code [DONE]} reaches the client, after a usage chunk summing every round.
 *
 * <p>A turn that calls both {@code headroom_retrieve} and client tools reaches the client with exactly
 * its own calls (ids, names and arguments untouched, indexes contiguous) and finish_reason
 * {@code tool_calls}; the retrieve calls are answered on the client's next request, next to its results
 * (see {@link DeferredRetrieves}): the proxy cannot continue that turn itself, only the client can run its
 * tools, and a provider refuses a turn with unanswered calls.
 *
 * <p>Protocol facts: a tool call's first delta carries {@code index}, {@code id} and {@code function.name};
 * later deltas carry only {@code index} and pieces of {@code function.arguments}. With
 * {@code stream_options.include_usage} a last chunk has {@code "choices":[]} and the {@code usage}.
 */
final class OpenAiChatSplicer implements StreamSplicer {

    private final int maxRounds;
    private final Consumer<DeferredCalls> onDeferred;
    private int round;
    private final StringBuilder content = new StringBuilder();
    private final Map<Integer, ObjectNode> calls = new TreeMap<>();
    private final Set<Integer> held = new HashSet<>();
    private final Map<Integer, Integer> clientIndex = new HashMap<>();
    private final List<JsonNode> earlierUsage = new ArrayList<>();
    private boolean clientToolCalled;
    private boolean roundWantsRetrieve;

    OpenAiChatSplicer(int maxRounds, Consumer<DeferredCalls> onDeferred) {
        this.maxRounds = maxRounds;
        this.onDeferred = onDeferred;
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
            onChoiceless(event, chunk, out);
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
                    continue;
                }
                clientToolCalled = true;
                int mapped = clientIndex.computeIfAbsent(index, k -> clientIndex.size());
                if (mapped != index && tc instanceof ObjectNode o) {
                    o.put("index", mapped);
                    changed = true;
                }
                kept.add(tc);
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
            if (!visible(delta)) {
                return;
            }
            c.putNull("finish_reason"); // text in the round's last chunk still reaches the client
            changed = true;
        } else if (ourCallsOnly) {
            c.put("finish_reason", "stop"); // out of rounds: never tell the client to answer a call it never saw
            changed = true;
        } else if (finish.equals("tool_calls") && !held.isEmpty()) {
            DeferredCalls deferred = OpenAiChatLoop.deferredIn(callList());
            if (deferred != null) {
                onDeferred.accept(deferred); // before the client can see the turn end and send its results
            }
        }
        if (!changed) {
            out.accept(event.raw());
        } else if (!delta.isEmpty() || c.hasNonNull("finish_reason")) {
            out.accept(SseEvent.of(event.event(), JsonTrees.write(chunk)).raw());
        }
    }

    /** A chunk without choices: the usage chunk, summed over every round in the last one; dropped in continued rounds. */
    private void onChoiceless(SseEvent event, ObjectNode chunk, Consumer<String> out) {
        if (roundWantsRetrieve) {
            if (chunk.path("usage").isObject()) {
                earlierUsage.add(chunk);
            }
            return;
        }
        if (earlierUsage.isEmpty() || !chunk.path("usage").isObject()) {
            out.accept(event.raw());
            return;
        }
        List<JsonNode> all = new ArrayList<>(earlierUsage);
        all.add(chunk);
        chunk.set("usage", Usage.sum(all, "usage"));
        out.accept(SseEvent.of(event.event(), JsonTrees.write(chunk)).raw());
    }

    private static boolean visible(ObjectNode delta) {
        return delta.path("content").isTextual() && !delta.get("content").asText().isEmpty()
                || delta.path("tool_calls").isArray() || delta.path("refusal").isTextual();
    }

    private ArrayNode callList() {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        calls.values().forEach(list::add);
        return list;
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
            out.add(OpenAiChatLoop.INSTANCE.callOf(call));
        }
        return out;
    }

    @Override
    public List<String> continuation(Retriever retriever) {
        JsonNode text = content.isEmpty() ? JsonNodeFactory.instance.nullNode()
                : JsonNodeFactory.instance.textNode(content.toString());
        return OpenAiChatLoop.continuationFor(text, callList(), pendingCalls(), retriever);
    }

    /** OpenAI's mid-stream error: a {@code data:} chunk holding the {@code error} object the API would have answered. */
    @Override
    public String errorEvent(int status, String body) {
        return SseEvent.of("", StreamSplicer.errorJson(Provider.OPENAI, status, body)).raw();
    }

    @Override
    public void nextRound() {
        round++;
        content.setLength(0);
        calls.clear();
        held.clear();
        clientIndex.clear();
        clientToolCalled = false;
        roundWantsRetrieve = false;
    }
}
