package ai.headroom.gateway.ccr;

import ai.headroom.core.dialect.RetrieveTool;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The retrieve loop for the OpenAI Responses API: {@code function_call} output items named
 * {@code headroom_retrieve} are answered with {@code function_call_output} input items; the model's
 * other output items (reasoning, messages) are sent back as they came.
 */
public final class OpenAiResponsesLoop implements LoopDialect {

    public static final OpenAiResponsesLoop INSTANCE = new OpenAiResponsesLoop();

    @Override
    public String appendPointer() {
        return "/input";
    }

    @Override
    public List<ToolCall> retrieveCalls(JsonNode response) {
        return callsIn(response.path("output"));
    }

    static List<ToolCall> callsIn(JsonNode output) {
        List<ToolCall> calls = new ArrayList<>();
        for (JsonNode item : output) {
            if ("function_call".equals(item.path("type").asText())
                    || "custom_tool_call".equals(item.path("type").asText())) {
                if (!isRetrieve(item)) {
                    return List.of();
                }
                calls.add(new ToolCall(item.path("call_id").asText(),
                        OpenAiChatLoop.hashOf(item.path("arguments").asText())));
            }
        }
        return calls;
    }

    static boolean isRetrieve(JsonNode item) {
        return "function_call".equals(item.path("type").asText()) && RetrieveTool.NAME.equals(item.path("name").asText());
    }

    @Override
    public List<String> continuation(JsonNode response, List<ToolCall> calls, Retriever retriever) {
        return continuationFor(response.path("output"), calls, retriever);
    }

    static List<String> continuationFor(JsonNode output, List<ToolCall> calls, Retriever retriever) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : output) {
            out.add(JsonTrees.write(item));
        }
        for (ToolCall call : calls) {
            out.add(JsonTrees.write(JsonNodeFactory.instance.objectNode().put("type", "function_call_output")
                    .put("call_id", call.id()).put("output", retriever.answer(call))));
        }
        return out;
    }

    @Override
    public boolean mentionsRetrieve(JsonNode response) {
        for (JsonNode item : response.path("output")) {
            if (isRetrieve(item)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public JsonNode merge(List<JsonNode> responses) {
        ObjectNode merged = responses.getLast().deepCopy();
        ArrayNode output = merged.putArray("output");
        for (JsonNode response : responses) {
            for (JsonNode item : response.path("output")) {
                if (!isRetrieve(item)) {
                    output.add(item);
                }
            }
        }
        merged.set("usage", Usage.sum(responses, "usage"));
        return merged;
    }


    @Override
    public StreamSplicer splicer(int maxRounds) {
        return new OpenAiResponsesSplicer(maxRounds);
    }
}
