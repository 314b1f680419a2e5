package ai.headroom.gateway.ccr;

import ai.headroom.core.dialect.RetrieveTool;
import ai.headroom.core.json.JsonEdits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The retrieve loop for the Anthropic Messages API: the model's {@code tool_use} blocks named
 * {@code headroom_retrieve} are answered with {@code tool_result} blocks in a new user message.
 */
public final class AnthropicLoop implements LoopDialect {

    public static final AnthropicLoop INSTANCE = new AnthropicLoop();

    @Override
    public String appendPointer() {
        return "/messages";
    }

    @Override
    public List<ToolCall> retrieveCalls(JsonNode response) {
        if (!"tool_use".equals(response.path("stop_reason").asText())) {
            return List.of();
        }
        return callsIn(response.path("content"));
    }

    /** Retrieve calls among content blocks; empty when a client tool is called too (only the client can answer it). */
    static List<ToolCall> callsIn(JsonNode content) {
        List<ToolCall> calls = new ArrayList<>();
        for (JsonNode block : content) {
            if ("tool_use".equals(block.path("type").asText())) {
                if (!isRetrieve(block)) {
                    return List.of();
                }
                calls.add(new ToolCall(block.path("id").asText(), hashOf(block.path("input"))));
            }
        }
        return calls;
    }

    static boolean isRetrieve(JsonNode block) {
        return RetrieveTool.NAME.equals(block.path("name").asText());
    }

    static String hashOf(JsonNode input) {
        JsonNode hash = input.path("hash");
        return hash.isTextual() ? hash.asText().trim() : null;
    }

    @Override
    public List<String> continuation(JsonNode response, List<ToolCall> calls, Retriever retriever) {
        return continuationFor(response.path("content"), calls, retriever);
    }

    static List<String> continuationFor(JsonNode content, List<ToolCall> calls, Retriever retriever) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode assistant = f.objectNode().put("role", "assistant");
        assistant.set("content", content.deepCopy());
        ObjectNode user = f.objectNode().put("role", "user");
        ArrayNode results = user.putArray("content");
        for (ToolCall call : calls) {
            ObjectNode r = results.addObject().put("type", "tool_result").put("tool_use_id", call.id())
                    .put("content", retriever.answer(call));
            if (!retriever.found(call)) {
                r.put("is_error", true);
            }
        }
        return List.of(JsonTrees.write(assistant), JsonTrees.write(user));
    }

    @Override
    public boolean mentionsRetrieve(JsonNode response) {
        for (JsonNode block : response.path("content")) {
            if ("tool_use".equals(block.path("type").asText()) && isRetrieve(block)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public JsonNode merge(List<JsonNode> responses) {
        ObjectNode merged = responses.getLast().deepCopy();
        ArrayNode content = merged.putArray("content");
        for (JsonNode response : responses) {
            for (JsonNode block : response.path("content")) {
                if (!("tool_use".equals(block.path("type").asText()) && isRetrieve(block))) {
                    content.add(block);
                }
            }
        }
        if ("tool_use".equals(merged.path("stop_reason").asText()) && !hasToolUse(content)) {
            // The only calls were ours and the rounds ran out: the client has no tool to answer.
            merged.put("stop_reason", "end_turn");
        }
        merged.set("usage", Usage.sum(responses, "usage"));
        return merged;
    }

    private static boolean hasToolUse(ArrayNode content) {
        for (JsonNode block : content) {
            if ("tool_use".equals(block.path("type").asText())) {
                return true;
            }
        }
        return false;
    }


    @Override
    public DeferredCalls deferred(JsonNode response) {
        return deferredIn(response.path("content"));
    }

    /** The retrieve tool_use blocks among {@code content} when client tool_use blocks are there too, else null. */
    static DeferredCalls deferredIn(JsonNode content) {
        return DeferredCalls.among(content, block -> isToolUse(block) && isRetrieve(block),
                block -> isToolUse(block) ? block.path("id").asText() : null);
    }

    private static boolean isToolUse(JsonNode block) {
        return "tool_use".equals(block.path("type").asText());
    }

    @Override
    public ToolCall callOf(JsonNode retrieveCall) {
        return new ToolCall(retrieveCall.path("id").asText(), hashOf(retrieveCall.path("input")));
    }

    /**
     * The last assistant message with tool_use blocks, when the user message right after it answers them:
     * the deferred tool_use blocks are appended to the assistant's content and their tool_result blocks
     * inserted after the client's last tool_result (tool results lead a user message).
     */
    @Override
    public JsonEdits answerDeferred(JsonNode request, DeferredRetrieves.Lookup lookup, Retriever retriever) {
        JsonEdits edits = new JsonEdits();
        JsonNode messages = request.path("messages");
        int turn = JsonTrees.lastWithRole(messages, "assistant");
        if (turn < 0 || turn + 1 >= messages.size()) {
            return edits;
        }
        String firstId = null;
        Set<String> present = new HashSet<>();
        for (JsonNode block : messages.get(turn).path("content")) {
            if ("tool_use".equals(block.path("type").asText())) {
                firstId = firstId == null ? block.path("id").asText() : firstId;
                present.add(block.path("id").asText());
            }
        }
        JsonNode answers = messages.get(turn + 1).path("content");
        int lastResult = -1;
        for (int i = 0; i < answers.size(); i++) {
            if ("tool_result".equals(answers.get(i).path("type").asText())) {
                lastResult = i;
            }
        }
        if (firstId == null || lastResult < 0 || !"user".equals(messages.get(turn + 1).path("role").asText())) {
            return edits;
        }
        List<JsonNode> calls = lookup.find(firstId).stream()
                .filter(c -> !present.contains(c.path("id").asText())).toList();
        if (calls.isEmpty()) {
            return edits;
        }
        List<JsonNode> results = new ArrayList<>();
        for (JsonNode c : calls) {
            ToolCall call = callOf(c);
            ObjectNode r = JsonNodeFactory.instance.objectNode().put("type", "tool_result")
                    .put("tool_use_id", call.id()).put("content", retriever.answer(call));
            if (!retriever.found(call)) {
                r.put("is_error", true);
            }
            results.add(r);
        }
        edits.appendToArray("/messages/" + turn + "/content", DeferredRetrieves.joined(calls));
        edits.insertAfter("/messages/" + (turn + 1) + "/content/" + lastResult, DeferredRetrieves.joined(results));
        return edits;
    }

    @Override
    public StreamSplicer splicer(int maxRounds, java.util.function.Consumer<DeferredCalls> onDeferred) {
        return new AnthropicSplicer(maxRounds, onDeferred);
    }
}
