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
        return hasRetrieveItem(response.path("output"));
    }

    static boolean hasRetrieveItem(JsonNode output) {
        for (JsonNode item : output) {
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
    public DeferredCalls deferred(JsonNode response) {
        return deferredIn(response.path("output"));
    }

    /** The retrieve function_call items among {@code output} when client calls are there too, else null. */
    static DeferredCalls deferredIn(JsonNode output) {
        return DeferredCalls.among(output, OpenAiResponsesLoop::isRetrieve,
                item -> isCall(item) ? item.path("call_id").asText() : null);
    }

    private static boolean isCall(JsonNode item) {
        String type = item.path("type").asText();
        return type.equals("function_call") || type.equals("custom_tool_call");
    }

    @Override
    public ToolCall callOf(JsonNode retrieveCall) {
        return new ToolCall(retrieveCall.path("call_id").asText(),
                OpenAiChatLoop.hashOf(retrieveCall.path("arguments").asText()));
    }

    /**
     * The last output item for a client call ({@code function_call_output}/{@code custom_tool_call_output}),
     * when no assistant message follows it: the deferred {@code function_call} items and their outputs are
     * inserted right after it. With {@code previous_response_id} (the client sends only its outputs, the
     * calls live upstream) only the outputs are inserted: upstream holds the retrieve calls already and
     * would refuse the request without their outputs.
     */
    @Override
    public JsonEdits answerDeferred(JsonNode request, DeferredRetrieves.Lookup lookup, Retriever retriever) {
        JsonEdits edits = new JsonEdits();
        JsonNode input = request.path("input");
        int last = -1;
        for (int i = input.size() - 1; i >= 0 && last < 0; i--) {
            JsonNode item = input.get(i);
            String type = item.path("type").asText();
            if (type.equals("function_call_output") || type.equals("custom_tool_call_output")) {
                last = i;
            } else if ("assistant".equals(item.path("role").asText())) {
                return edits;
            }
        }
        if (last < 0) {
            return edits;
        }
        Set<String> present = new HashSet<>();
        for (JsonNode item : input) {
            if (isCall(item)) {
                present.add(item.path("call_id").asText());
            }
        }
        String clientCall = input.get(last).path("call_id").asText();
        List<JsonNode> calls = lookup.find(clientCall).stream()
                .filter(c -> !present.contains(c.path("call_id").asText())).toList();
        if (calls.isEmpty()) {
            return edits;
        }
        boolean callsUpstream = !present.contains(clientCall);
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode c : calls) {
            if (!callsUpstream) {
                items.add(c);
            }
            ToolCall call = callOf(c);
            items.add(JsonNodeFactory.instance.objectNode().put("type", "function_call_output")
                    .put("call_id", call.id()).put("output", retriever.answer(call)));
        }
        edits.insertAfter("/input/" + last, DeferredRetrieves.joined(items));
        return edits;
    }

    @Override
    public StreamSplicer splicer(int maxRounds, java.util.function.Consumer<DeferredCalls> onDeferred) {
        return new OpenAiResponsesSplicer(maxRounds, onDeferred);
    }
}
