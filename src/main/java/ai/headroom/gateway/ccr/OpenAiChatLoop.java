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
 * The retrieve loop for OpenAI Chat Completions: {@code tool_calls} named {@code headroom_retrieve} are
 * answered with {@code role: "tool"} messages. Only the first choice is looked at ({@code n > 1} is not
 * continued).
 */
public final class OpenAiChatLoop implements LoopDialect {

    public static final OpenAiChatLoop INSTANCE = new OpenAiChatLoop();

    @Override
    public String appendPointer() {
        return "/messages";
    }

    @Override
    public List<ToolCall> retrieveCalls(JsonNode response) {
        JsonNode choice = response.path("choices").path(0);
        if (!"tool_calls".equals(choice.path("finish_reason").asText())) {
            return List.of();
        }
        return callsIn(choice.path("message").path("tool_calls"));
    }

    static List<ToolCall> callsIn(JsonNode toolCalls) {
        List<ToolCall> calls = new ArrayList<>();
        for (JsonNode call : toolCalls) {
            if (!isRetrieve(call)) {
                return List.of();
            }
            calls.add(new ToolCall(call.path("id").asText(), hashOf(call.path("function").path("arguments").asText())));
        }
        return calls;
    }

    static boolean isRetrieve(JsonNode call) {
        return RetrieveTool.NAME.equals(call.path("function").path("name").asText());
    }

    static String hashOf(String arguments) {
        JsonNode hash = JsonTrees.object(arguments).path("hash");
        return hash.isTextual() ? hash.asText().trim() : null;
    }

    @Override
    public List<String> continuation(JsonNode response, List<ToolCall> calls, Retriever retriever) {
        JsonNode message = response.path("choices").path(0).path("message");
        return continuationFor(message.path("content"), message.path("tool_calls"), calls, retriever);
    }

    static List<String> continuationFor(JsonNode content, JsonNode toolCalls, List<ToolCall> calls, Retriever r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode assistant = f.objectNode().put("role", "assistant");
        assistant.set("content", content.isTextual() ? content : f.nullNode());
        ArrayNode list = assistant.putArray("tool_calls");
        for (JsonNode call : toolCalls) {
            ObjectNode c = list.addObject().put("id", call.path("id").asText()).put("type", "function");
            c.putObject("function").put("name", call.path("function").path("name").asText())
                    .put("arguments", call.path("function").path("arguments").asText());
        }
        List<String> out = new ArrayList<>();
        out.add(JsonTrees.write(assistant));
        for (ToolCall call : calls) {
            out.add(JsonTrees.write(f.objectNode().put("role", "tool").put("tool_call_id", call.id())
                    .put("content", r.answer(call))));
        }
        return out;
    }

    @Override
    public boolean mentionsRetrieve(JsonNode response) {
        for (JsonNode call : response.path("choices").path(0).path("message").path("tool_calls")) {
            if (isRetrieve(call)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public JsonNode merge(List<JsonNode> responses) {
        ObjectNode merged = responses.getLast().deepCopy();
        ObjectNode choice = (ObjectNode) merged.path("choices").path(0);
        if (choice.isMissingNode()) {
            return merged;
        }
        StringBuilder text = new StringBuilder();
        ArrayNode visibleCalls = JsonNodeFactory.instance.arrayNode();
        for (JsonNode response : responses) {
            JsonNode message = response.path("choices").path(0).path("message");
            if (message.path("content").isTextual()) {
                text.append(text.isEmpty() ? "" : "\n\n").append(message.get("content").asText());
            }
            for (JsonNode call : message.path("tool_calls")) {
                if (!isRetrieve(call)) {
                    visibleCalls.add(call);
                }
            }
        }
        ObjectNode message = (ObjectNode) choice.path("message");
        if (!text.isEmpty()) {
            message.put("content", text.toString());
        }
        if (visibleCalls.isEmpty()) {
            message.remove("tool_calls");
            if ("tool_calls".equals(choice.path("finish_reason").asText())) {
                choice.put("finish_reason", "stop");
            }
        } else {
            message.set("tool_calls", visibleCalls);
        }
        merged.set("usage", Usage.sum(responses, "usage"));
        return merged;
    }


    @Override
    public DeferredCalls deferred(JsonNode response) {
        return deferredIn(response.path("choices").path(0).path("message").path("tool_calls"));
    }

    /** The retrieve calls among {@code toolCalls} when client calls are there too, else null. */
    static DeferredCalls deferredIn(JsonNode toolCalls) {
        return DeferredCalls.among(toolCalls, OpenAiChatLoop::isRetrieve, call -> call.path("id").asText());
    }

    @Override
    public ToolCall callOf(JsonNode retrieveCall) {
        return new ToolCall(retrieveCall.path("id").asText(),
                hashOf(retrieveCall.path("function").path("arguments").asText()));
    }

    /**
     * The last assistant message with {@code tool_calls}, when {@code tool} messages follow it: the deferred
     * calls are appended to its {@code tool_calls} and their {@code tool} messages inserted after the
     * client's (a provider wants every call of a turn answered by the tool messages right after it).
     */
    @Override
    public JsonEdits answerDeferred(JsonNode request, DeferredRetrieves.Lookup lookup, Retriever retriever) {
        JsonEdits edits = new JsonEdits();
        JsonNode messages = request.path("messages");
        int turn = JsonTrees.lastWithRole(messages, "assistant");
        JsonNode toolCalls = turn < 0 ? null : messages.get(turn).path("tool_calls");
        if (toolCalls == null || !toolCalls.isArray() || toolCalls.isEmpty()) {
            return edits;
        }
        int lastResult = turn;
        while (lastResult + 1 < messages.size() && "tool".equals(messages.get(lastResult + 1).path("role").asText())) {
            lastResult++;
        }
        if (lastResult == turn) {
            return edits;
        }
        Set<String> present = new HashSet<>();
        toolCalls.forEach(c -> present.add(c.path("id").asText()));
        List<JsonNode> calls = lookup.find(toolCalls.get(0).path("id").asText()).stream()
                .filter(c -> !present.contains(c.path("id").asText())).toList();
        if (calls.isEmpty()) {
            return edits;
        }
        List<JsonNode> answers = new ArrayList<>();
        for (JsonNode c : calls) {
            ToolCall call = callOf(c);
            answers.add(JsonNodeFactory.instance.objectNode().put("role", "tool").put("tool_call_id", call.id())
                    .put("content", retriever.answer(call)));
        }
        edits.appendToArray("/messages/" + turn + "/tool_calls", DeferredRetrieves.joined(calls));
        edits.insertAfter("/messages/" + lastResult, DeferredRetrieves.joined(answers));
        return edits;
    }

    @Override
    public StreamSplicer splicer(int maxRounds, java.util.function.Consumer<DeferredCalls> onDeferred) {
        return new OpenAiChatSplicer(maxRounds, onDeferred);
    }
}
