package ai.headroom.gateway.ccr;

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
import java.util.function.Consumer;

/**
 * Splices OpenAI Responses streams into one client stream:
 * <ul>
 * <li>events of a {@code headroom_retrieve} function_call item (found by its {@code output_index}) are
 * dropped: its {@code output_item.added/done} and its {@code function_call_arguments.delta/done};</li>
 * <li>the other items are renumbered into one {@code output_index} sequence across rounds;</li>
 * <li>every forwarded event's {@code sequence_number} is rewritten to one counter, so the client sees
 * 0, 1, 2… without gaps (dropped events take no number) across the spliced continuation;</li>
 * <li>only the first round's {@code response.created}/{@code in_progress}/{@code queued} pass;</li>
 * <li>a round that ends ({@code response.completed}) on retrieve calls only is swallowed and continued;
 * the last round's terminal event ({@code completed}, {@code incomplete} or {@code failed}) carries the
 * visible output of every round, in client order, without retrieve calls, and the usage of every round
 * summed. Its {@code id} is the last round's: that is the response upstream holds the whole exchange
 * under, the one a {@code previous_response_id} must name.</li>
 * </ul>
 *
 * <p>Protocol facts (Responses streaming events): every event has a {@code type} and a
 * {@code sequence_number}; item events carry {@code output_index} (and {@code item_id}); a function_call
 * item's name is known from its {@code response.output_item.added}; a stream ends with one of
 * {@code response.completed}, {@code response.incomplete}, {@code response.failed} (no {@code [DONE]}), or an
 * {@code error} event.
 */
final class OpenAiResponsesSplicer implements StreamSplicer {

    private final int maxRounds;
    private final Consumer<DeferredCalls> onDeferred;
    private int round;
    private long nextSequence;
    private int nextClientIndex;
    /** Items the client saw in rounds already continued, in client order. */
    private final ArrayNode earlierOutput = JsonNodeFactory.instance.arrayNode();
    /** The {@code response} objects of the rounds already continued (their usage is summed at the end). */
    private final List<JsonNode> earlierResponses = new ArrayList<>();
    private final Map<Integer, Integer> clientIndex = new HashMap<>();
    private final Set<Integer> held = new HashSet<>();
    private JsonNode roundOutput;
    private List<ToolCall> pending = List.of();

    OpenAiResponsesSplicer(int maxRounds, Consumer<DeferredCalls> onDeferred) {
        this.maxRounds = maxRounds;
        this.onDeferred = onDeferred;
    }

    @Override
    public void accept(SseEvent event, Consumer<String> out) {
        ObjectNode data = JsonTrees.object(event.data());
        String type = data.path("type").asText(event.event());
        switch (type) {
            case "response.created", "response.in_progress", "response.queued" -> {
                if (round == 0) {
                    out.accept(numbered(event, data, false));
                }
            }
            case "response.completed", "response.incomplete", "response.failed" -> onTerminal(event, type, data, out);
            default -> onItemEvent(event, type, data, out);
        }
    }

    private void onItemEvent(SseEvent event, String type, ObjectNode data, Consumer<String> out) {
        if (!data.has("output_index")) {
            out.accept(numbered(event, data, false)); // error, and anything newer without an item
            return;
        }
        int index = data.path("output_index").asInt();
        if (type.equals("response.output_item.added")) {
            if (OpenAiResponsesLoop.isRetrieve(data.path("item"))) {
                held.add(index);
            } else {
                clientIndex.put(index, nextClientIndex++);
            }
        }
        if (held.contains(index)) {
            return;
        }
        Integer mapped = clientIndex.get(index);
        boolean moved = mapped != null && mapped != index;
        if (moved) {
            data.put("output_index", mapped);
        }
        out.accept(numbered(event, data, moved));
    }

    private void onTerminal(SseEvent event, String type, ObjectNode data, Consumer<String> out) {
        JsonNode response = data.path("response");
        JsonNode output = response.path("output");
        List<ToolCall> calls = OpenAiResponsesLoop.callsIn(output);
        if (type.equals("response.completed") && !calls.isEmpty() && round < maxRounds) {
            pending = calls;
            roundOutput = output.deepCopy();
            earlierResponses.add(response);
            visible(output).forEach(earlierOutput::add);
            return;
        }
        boolean hidesCalls = OpenAiResponsesLoop.hasRetrieveItem(output);
        if (hidesCalls) {
            DeferredCalls deferred = OpenAiResponsesLoop.deferredIn(output);
            if (deferred != null) {
                onDeferred.accept(deferred);
            }
        }
        if (round == 0 && !hidesCalls || !(response instanceof ObjectNode r)) {
            out.accept(numbered(event, data, false));
            return;
        }
        ArrayNode merged = earlierOutput.deepCopy();
        visible(output).forEach(merged::add);
        r.set("output", merged);
        List<JsonNode> all = new ArrayList<>(earlierResponses);
        all.add(response);
        JsonNode usage = Usage.sum(all, "usage");
        if (!usage.isMissingNode()) {
            r.set("usage", usage);
        }
        out.accept(numbered(event, data, true));
    }

    private static List<JsonNode> visible(JsonNode output) {
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode item : output) {
            if (!OpenAiResponsesLoop.isRetrieve(item)) {
                items.add(item);
            }
        }
        return items;
    }

    /**
     * The event as the client sees it: its {@code sequence_number} set to the next one; the original text
     * when neither that nor anything else ({@code changed}) moved.
     */
    private String numbered(SseEvent event, ObjectNode data, boolean changed) {
        if (data.has("sequence_number")) {
            long sequence = nextSequence++;
            if (data.path("sequence_number").asLong(-1) != sequence) {
                data.put("sequence_number", sequence);
                changed = true;
            }
        }
        return changed ? SseEvent.of(event.event(), JsonTrees.write(data)).raw() : event.raw();
    }

    @Override
    public List<ToolCall> pendingCalls() {
        return pending;
    }

    @Override
    public List<String> continuation(Retriever retriever) {
        return OpenAiResponsesLoop.continuationFor(roundOutput, pending, retriever);
    }

    /**
     * The Responses stream's {@code error} event ({@code code}, {@code message}, {@code param},
     * {@code sequence_number}) carrying the provider's error.
     */
    @Override
    public String errorEvent(int status, String body) {
        JsonNode error = JsonTrees.object(body).path("error");
        ObjectNode event = JsonNodeFactory.instance.objectNode().put("type", "error");
        JsonNode code = error.path("code");
        if (code.isTextual()) {
            event.put("code", code.asText());
        } else {
            event.put("code", error.path("type").asText(status >= 500 ? "server_error" : "invalid_request_error"));
        }
        event.put("message", error.path("message").asText(StreamSplicer.continuationFailed(status)));
        event.set("param", error.path("param").isMissingNode() ? JsonNodeFactory.instance.nullNode() : error.get("param"));
        event.put("sequence_number", nextSequence++);
        return SseEvent.of("error", JsonTrees.write(event)).raw();
    }

    @Override
    public void nextRound() {
        round++;
        clientIndex.clear();
        held.clear();
        roundOutput = null;
        pending = List.of();
    }
}
