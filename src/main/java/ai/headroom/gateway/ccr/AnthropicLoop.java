package ai.headroom.gateway.ccr;

import ai.headroom.core.dialect.RetrieveTool;
import ai.headroom.core.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

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
        try {
            return List.of(Json.mapper().writeValueAsString(assistant), Json.mapper().writeValueAsString(user));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree we built cannot fail to serialize", e);
        }
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
    public StreamSplicer splicer(int maxRounds) {
        return new AnthropicSplicer(maxRounds);
    }
}
