package ai.headroom.core.context;

import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.dialect.AnthropicMessages;
import ai.headroom.core.dialect.Dialect;
import ai.headroom.core.dialect.OpenAiChat;
import ai.headroom.core.dialect.OpenAiResponses;
import ai.headroom.core.json.JsonEdits;
import ai.headroom.core.json.JsonSplicer;
import ai.headroom.core.json.RawMember;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes the one marker that stands for the dropped messages, in the shape the dialect accepts. */
final class ContextMarker {

    private ContextMarker() {}

    /** {@code [N messages dropped to fit the context window: k tool results, …. Retrieve more: hash=H]}. */
    static String text(List<Item> dropped, String hash) {
        int toolResults = 0;
        int users = 0;
        int assistants = 0;
        int others = 0;
        for (Item item : dropped) {
            if (item.isToolResult()) {
                toolResults += item.results().size();
            } else if (item.role().equals("user")) {
                users++;
            } else if (item.role().equals("assistant")) {
                assistants++;
            } else {
                others++;
            }
        }
        List<String> parts = new ArrayList<>();
        addPart(parts, toolResults, "tool result");
        addPart(parts, assistants, "assistant message");
        addPart(parts, users, "user message");
        addPart(parts, others, "other item");
        String noun = dropped.size() == 1 ? " message" : " messages";
        return CcrMarker.format(dropped.size() + noun + " dropped to fit the context window: "
                + String.join(", ", parts), hash);
    }

    private static void addPart(List<String> parts, int count, String noun) {
        if (count > 0) {
            parts.add(count + " " + noun + (count == 1 ? "" : "s"));
        }
    }

    /** A new message holding the marker (OpenAI chat and Responses). */
    static String element(Dialect dialect, String marker) {
        String text = quote(marker);
        return switch (dialect) {
            case OpenAiChat c -> "{\"role\":\"user\",\"content\":" + text + "}";
            case OpenAiResponses r ->
                    "{\"type\":\"message\",\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":" + text + "}]}";
            case AnthropicMessages a -> "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":" + text + "}]}";
        };
    }

    /**
     * An Anthropic user message with the marker appended as a last text block: a separate marker message
     * would put two user turns in a row. Appending keeps tool_result blocks first, as the API requires.
     */
    static String mergedIntoUser(String rawMessage, boolean contentIsText, String marker) {
        byte[] bytes = rawMessage.getBytes(StandardCharsets.UTF_8);
        String block = "{\"type\":\"text\",\"text\":" + quote(marker) + "}";
        JsonEdits edits = new JsonEdits();
        if (contentIsText) {
            String original = RawMember.of(bytes, "content").orElse("\"\"");
            edits.replaceRaw("/content", "[{\"type\":\"text\",\"text\":" + original + "}," + block + "]");
        } else {
            edits.appendToArray("/content", block);
        }
        return new String(JsonSplicer.apply(bytes, edits), StandardCharsets.UTF_8);
    }

    private static String quote(String s) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }
}
