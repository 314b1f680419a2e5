package ai.headroom.core.context;

import ai.headroom.core.dialect.AnthropicMessages;
import ai.headroom.core.dialect.Dialect;
import ai.headroom.core.dialect.OpenAiChat;
import ai.headroom.core.dialect.OpenAiResponses;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One message (or Responses input item) reduced to what dropping decisions need: its role, the tool calls
 * it makes, the tool results it carries and whether it reports an error.
 *
 * @param role    "system", "user", "assistant", "reasoning" or "other"
 * @param calls   ids of tool calls this item makes
 * @param results ids of tool calls whose results this item carries
 * @param error   the client flagged a tool result in it as an error
 */
record Item(String role, List<String> calls, List<String> results, boolean error) {

    boolean isToolResult() {
        return !results.isEmpty();
    }

    static Item of(JsonNode node, Dialect dialect) {
        return switch (dialect) {
            case AnthropicMessages a -> anthropic(node);
            case OpenAiChat c -> chat(node);
            case OpenAiResponses r -> responses(node);
        };
    }

    private static Item anthropic(JsonNode m) {
        List<String> calls = new ArrayList<>();
        List<String> results = new ArrayList<>();
        boolean error = false;
        for (JsonNode block : m.path("content")) {
            switch (block.path("type").asText("")) {
                case "tool_use", "server_tool_use" -> calls.add(block.path("id").asText(""));
                case "tool_result" -> {
                    results.add(block.path("tool_use_id").asText(""));
                    error |= block.path("is_error").asBoolean(false);
                }
                default -> { }
            }
        }
        return new Item(role(m.path("role").asText("")), calls, results, error);
    }

    private static Item chat(JsonNode m) {
        String role = m.path("role").asText("");
        List<String> calls = new ArrayList<>();
        for (JsonNode call : m.path("tool_calls")) {
            calls.add(call.path("id").asText(""));
        }
        if (m.hasNonNull("function_call")) {
            calls.add("function:" + m.path("function_call").path("name").asText(""));
        }
        return switch (role) {
            case "tool" -> new Item("user", calls, List.of(m.path("tool_call_id").asText("")), false);
            case "function" -> new Item("user", calls, List.of("function:" + m.path("name").asText("")), false);
            default -> new Item(role(role), calls, List.of(), false);
        };
    }

    private static Item responses(JsonNode item) {
        String type = item.path("type").asText(item.has("role") ? "message" : "");
        String callId = item.path("call_id").asText("");
        return switch (type) {
            case "message" -> new Item(role(item.path("role").asText("")), List.of(), List.of(), false);
            case "reasoning" -> new Item("reasoning", List.of(), List.of(), false);
            default -> {
                if (type.endsWith("_call_output")) {
                    yield new Item("user", List.of(), List.of(callId), false);
                }
                if (type.endsWith("_call") && !callId.isEmpty()) {
                    yield new Item("assistant", List.of(callId), List.of(), false);
                }
                yield new Item("other", List.of(), List.of(), false);
            }
        };
    }

    private static String role(String role) {
        return switch (role) {
            case "system", "developer" -> "system";
            case "user", "assistant" -> role;
            default -> "other";
        };
    }
}
