package ai.headroom.core.dialect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One provider's request shape: where its compressible text lives and how a tool is declared.
 * Implementations are stateless.
 */
public sealed interface Dialect permits AnthropicMessages, OpenAiChat, OpenAiResponses {

    /** Name used in logs, stats and the CLI: "anthropic", "openai-chat", "openai-responses". */
    String name();

    /** The text slots of a request, in document order. Unknown shapes yield no slots. */
    List<Slot> slots(JsonNode request);

    /** Number of messages (or input items) in the request, for recency rules. */
    int messageCount(JsonNode request);

    /** The {@code headroom_retrieve} declaration in this dialect's tool format, as JSON text. */
    String retrieveToolJson();

    /** Names of the tools the client declared, in order; tools carry a top-level {@code name} unless a dialect says otherwise. */
    default List<String> toolNames(JsonNode request) {
        List<String> names = new java.util.ArrayList<>();
        for (JsonNode tool : request.path("tools")) {
            names.add(tool.path("name").asText(""));
        }
        return names;
    }

    /**
     * Picks the dialect from a request's shape: {@code input} means Responses; a top-level
     * {@code system}, tool_use/tool_result blocks, {@code input_schema} tools or a Claude model mean Anthropic.
     */
    static Dialect detect(JsonNode request) {
        if (request.has("input") && !request.has("messages")) {
            return OpenAiResponses.INSTANCE;
        }
        if (request.has("system") || request.path("model").asText("").startsWith("claude")) {
            return AnthropicMessages.INSTANCE;
        }
        for (JsonNode tool : request.path("tools")) {
            if (tool.has("input_schema")) {
                return AnthropicMessages.INSTANCE;
            }
        }
        for (JsonNode message : request.path("messages")) {
            for (JsonNode block : message.path("content")) {
                String type = block.path("type").asText("");
                if (type.equals("tool_result") || type.equals("tool_use")) {
                    return AnthropicMessages.INSTANCE;
                }
            }
        }
        return OpenAiChat.INSTANCE;
    }

    /** Looks a dialect up by its name; null when unknown. */
    static Dialect named(String name) {
        return switch (name) {
            case "anthropic" -> AnthropicMessages.INSTANCE;
            case "openai", "openai-chat" -> OpenAiChat.INSTANCE;
            case "openai-responses", "responses" -> OpenAiResponses.INSTANCE;
            default -> null;
        };
    }
}
