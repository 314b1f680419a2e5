package ai.headroom.core.dialect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAI Chat Completions API ({@code POST /v1/chat/completions}).
 *
 * <p>Protocol facts: {@code content} is a string or a list of parts ({@code {"type":"text","text":…}});
 * tool output arrives as {@code role: "tool"} messages naming their call by {@code tool_call_id}, which
 * an earlier assistant message declared in {@code tool_calls[].id} with {@code function.name};
 * legacy {@code role: "function"} messages carry the name themselves. {@code system} and
 * {@code developer} messages are the system prompt.
 */
public final class OpenAiChat implements Dialect {

    public static final OpenAiChat INSTANCE = new OpenAiChat();

    /** Constant bytes: the tools array heads the cached prefix. */
    private static final String TOOL_JSON = "{\"type\":\"function\",\"function\":{\"name\":\"" + RetrieveTool.NAME
            + "\",\"description\":" + RetrieveTool.quotedDescription() + ",\"parameters\":" + RetrieveTool.SCHEMA
            + "}}";

    private OpenAiChat() {}

    @Override
    public String name() {
        return "openai-chat";
    }

    @Override
    public List<Slot> slots(JsonNode request) {
        List<Slot> slots = new ArrayList<>();
        Map<String, String> toolNames = new HashMap<>();
        String query = "";
        JsonNode messages = request.path("messages");
        for (int m = 0; m < messages.size(); m++) {
            JsonNode message = messages.get(m);
            String role = message.path("role").asText("");
            String base = "/messages/" + m + "/content";
            switch (role) {
                case "assistant" -> {
                    for (JsonNode call : message.path("tool_calls")) {
                        toolNames.put(call.path("id").asText(""), call.path("function").path("name").asText(""));
                    }
                }
                case "tool", "function" -> {
                    String tool = role.equals("function")
                            ? message.path("name").asText("")
                            : toolNames.getOrDefault(message.path("tool_call_id").asText(""), "");
                    addText(slots, message.path("content"), base, Slot.Origin.TOOL_RESULT, tool, m, query);
                }
                case "system", "developer" ->
                        addText(slots, message.path("content"), base, Slot.Origin.SYSTEM, "", m, "");
                case "user" -> {
                    addText(slots, message.path("content"), base, Slot.Origin.USER_TEXT, "", m, query);
                    String text = joinedText(message.path("content"));
                    query = text.isEmpty() ? query : text;
                }
                default -> { }
            }
        }
        return slots;
    }

    static void addText(List<Slot> slots, JsonNode content, String base, Slot.Origin origin, String tool, int m,
            String query) {
        if (content.isTextual()) {
            slots.add(new Slot(base, content.asText(), origin, tool, false, m, query));
        } else if (content.isArray()) {
            for (int i = 0; i < content.size(); i++) {
                JsonNode part = content.get(i);
                if (part.path("text").isTextual() && isTextPart(part.path("type").asText("text"))) {
                    slots.add(new Slot(base + "/" + i + "/text", part.get("text").asText(), origin, tool, false, m,
                            query));
                }
            }
        }
    }

    private static boolean isTextPart(String type) {
        return type.equals("text") || type.equals("input_text") || type.equals("output_text");
    }

    static String joinedText(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder sb = new StringBuilder();
        for (JsonNode part : content) {
            if (part.path("text").isTextual()) {
                sb.append(sb.isEmpty() ? "" : "\n").append(part.get("text").asText());
            }
        }
        return sb.toString();
    }

    @Override
    public int messageCount(JsonNode request) {
        return request.path("messages").size();
    }

    @Override
    public String retrieveToolJson() {
        return TOOL_JSON;
    }

    @Override
    public List<String> toolNames(JsonNode request) {
        List<String> names = new ArrayList<>();
        for (JsonNode tool : request.path("tools")) {
            names.add(tool.path("function").path("name").asText(tool.path("name").asText("")));
        }
        return names;
    }
}
