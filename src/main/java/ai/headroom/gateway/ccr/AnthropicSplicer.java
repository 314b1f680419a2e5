package ai.headroom.gateway.ccr;

import ai.headroom.gateway.http.Provider;
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
 * Splices Anthropic Messages streams: events pass through until a {@code headroom_retrieve} tool_use block
 * starts; that block is held back, and when the round ends on it the next round's blocks continue the same
 * client stream with renumbered indexes. The client sees one {@code message_start} and one final
 * {@code message_delta}/{@code message_stop}. A turn that calls client tools too reaches the client with
 * exactly its own blocks (renumbered) and {@code stop_reason: tool_use}; its retrieve calls are answered on
 * the client's next request (see {@link DeferredRetrieves}).
 *
 * <p>Protocol facts: blocks are announced by {@code content_block_start} with an {@code index}, grown by
 * {@code content_block_delta} ({@code text_delta}, {@code input_json_delta}, {@code thinking_delta},
 * {@code signature_delta}, {@code citations_delta}) and closed by {@code content_block_stop}; thinking
 * blocks must be sent back with their signature when a tool call is continued.
 */
final class AnthropicSplicer implements StreamSplicer {

    private final int maxRounds;
    private final Consumer<DeferredCalls> onDeferred;
    private int round;
    private int nextClientIndex;
    private final Map<Integer, Integer> clientIndex = new TreeMap<>();
    private final Map<Integer, ObjectNode> blocks = new TreeMap<>();
    private final Map<Integer, StringBuilder> partialJson = new TreeMap<>();
    private final List<Integer> held = new ArrayList<>();
    private boolean clientToolCalled;
    private String stopReason = "";
    private boolean roundWantsRetrieve;
    /** The {@code message_delta} of every round continued by the proxy: their usage is added to the final one. */
    private final List<JsonNode> earlierDeltas = new ArrayList<>();

    AnthropicSplicer(int maxRounds, Consumer<DeferredCalls> onDeferred) {
        this.maxRounds = maxRounds;
        this.onDeferred = onDeferred;
    }

    @Override
    public void accept(SseEvent event, Consumer<String> out) {
        String type = event.event();
        switch (type) {
            case "message_start" -> {
                if (round == 0) {
                    out.accept(event.raw());
                }
            }
            case "content_block_start" -> onBlockStart(event, out);
            case "content_block_delta" -> onBlockDelta(event, out);
            case "content_block_stop" -> onBlockStop(event, out);
            case "message_delta" -> onMessageDelta(event, out);
            case "message_stop" -> {
                if (!roundWantsRetrieve) {
                    out.accept(event.raw());
                }
            }
            default -> out.accept(event.raw()); // ping, error and anything newer pass through
        }
    }

    private void onBlockStart(SseEvent event, Consumer<String> out) {
        ObjectNode data = JsonTrees.object(event.data());
        int index = data.path("index").asInt();
        ObjectNode block = data.path("content_block").isObject()
                ? (ObjectNode) data.get("content_block").deepCopy() : JsonNodeFactory.instance.objectNode();
        blocks.put(index, block);
        if ("tool_use".equals(block.path("type").asText())) {
            partialJson.put(index, new StringBuilder());
            if (AnthropicLoop.isRetrieve(block)) {
                held.add(index);
                return;
            }
            clientToolCalled = true;
        }
        clientIndex.put(index, nextClientIndex++);
        out.accept(renumbered(event, data, index));
    }

    private void onBlockDelta(SseEvent event, Consumer<String> out) {
        ObjectNode data = JsonTrees.object(event.data());
        int index = data.path("index").asInt();
        ObjectNode block = blocks.get(index);
        JsonNode delta = data.path("delta");
        if (block != null) {
            switch (delta.path("type").asText()) {
                case "text_delta" -> block.put("text", block.path("text").asText() + delta.path("text").asText());
                case "thinking_delta" ->
                        block.put("thinking", block.path("thinking").asText() + delta.path("thinking").asText());
                case "signature_delta" -> block.put("signature", delta.path("signature").asText());
                case "input_json_delta" -> partialJson.computeIfAbsent(index, k -> new StringBuilder())
                        .append(delta.path("partial_json").asText());
                case "citations_delta" -> {
                    JsonNode citations = block.path("citations");
                    ArrayNode list = citations.isArray() ? (ArrayNode) citations : block.putArray("citations");
                    list.add(delta.path("citation"));
                }
                default -> { }
            }
        }
        if (!held.contains(index)) {
            out.accept(renumbered(event, data, index));
        }
    }

    private void onBlockStop(SseEvent event, Consumer<String> out) {
        ObjectNode data = JsonTrees.object(event.data());
        int index = data.path("index").asInt();
        StringBuilder json = partialJson.get(index);
        ObjectNode block = blocks.get(index);
        if (json != null && block != null) {
            block.set("input", json.isEmpty() ? JsonNodeFactory.instance.objectNode() : JsonTrees.object(json.toString()));
        }
        if (!held.contains(index)) {
            out.accept(renumbered(event, data, index));
        }
    }

    private void onMessageDelta(SseEvent event, Consumer<String> out) {
        ObjectNode data = JsonTrees.object(event.data());
        stopReason = data.path("delta").path("stop_reason").asText("");
        roundWantsRetrieve = !held.isEmpty() && !clientToolCalled && stopReason.equals("tool_use")
                && round < maxRounds;
        if (roundWantsRetrieve) {
            earlierDeltas.add(data);
            return;
        }
        if (!held.isEmpty() && clientToolCalled && stopReason.equals("tool_use")) {
            // Client tools too: the client answers its own calls, the proxy these on its next request.
            ArrayNode content = JsonNodeFactory.instance.arrayNode();
            blocks.values().forEach(content::add);
            DeferredCalls deferred = AnthropicLoop.deferredIn(content);
            if (deferred != null) {
                onDeferred.accept(deferred);
            }
        }
        boolean outOfRounds = !held.isEmpty() && !clientToolCalled && stopReason.equals("tool_use");
        if (outOfRounds) {
            // Out of rounds: the client must not be told to answer a tool it never saw.
            ((ObjectNode) data.get("delta")).put("stop_reason", "end_turn");
        }
        // The client paid for every round: the final usage sums them, as the Chat and Responses splicers do.
        boolean summed = !earlierDeltas.isEmpty() && data.path("usage").isObject();
        if (summed) {
            List<JsonNode> all = new ArrayList<>(earlierDeltas);
            all.add(data);
            data.set("usage", Usage.sum(all, "usage"));
        }
        out.accept(outOfRounds || summed ? SseEvent.of(event.event(), JsonTrees.write(data)).raw() : event.raw());
    }

    @Override
    public List<ToolCall> pendingCalls() {
        if (!roundWantsRetrieve) {
            return List.of();
        }
        List<ToolCall> calls = new ArrayList<>();
        for (int index : held) {
            ObjectNode block = blocks.get(index);
            calls.add(new ToolCall(block.path("id").asText(), AnthropicLoop.hashOf(block.path("input"))));
        }
        return calls;
    }

    @Override
    public List<String> continuation(Retriever retriever) {
        ArrayNode content = JsonNodeFactory.instance.arrayNode();
        blocks.values().forEach(content::add);
        return AnthropicLoop.continuationFor(content, pendingCalls(), retriever);
    }

    @Override
    public void nextRound() {
        round++;
        clientIndex.clear();
        blocks.clear();
        partialJson.clear();
        held.clear();
        clientToolCalled = false;
        roundWantsRetrieve = false;
        stopReason = "";
    }

    /** Anthropic's mid-stream error: {@code event: error} with the error body the API would have answered. */
    @Override
    public String errorEvent(int status, String body) {
        return SseEvent.of("error", StreamSplicer.errorJson(Provider.ANTHROPIC, status, body)).raw();
    }

    /** The event with its index mapped to the client's numbering; the original text when nothing moves. */
    private String renumbered(SseEvent event, ObjectNode data, int index) {
        Integer mapped = clientIndex.get(index);
        if (mapped == null || mapped == index) {
            return event.raw();
        }
        data.put("index", mapped);
        return SseEvent.of(event.event(), JsonTrees.write(data)).raw();
    }
}
