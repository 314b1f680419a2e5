package ai.headroom.core.dialect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Anthropic Messages API ({@code POST /v1/messages}).
 *
 * <p>Protocol facts: {@code system} is a string or a list of text blocks; a message's {@code content}
 * is a string or a list of blocks; a {@code tool_result} block's {@code content} is a string or a list
 * of blocks (text, image…) and names its call by {@code tool_use_id}. Claude Code also puts a
 * {@code role: "system"} entry inside {@code messages}; it is treated as system text.
 */
public final class AnthropicMessages implements Dialect {

    public static final AnthropicMessages INSTANCE = new AnthropicMessages();

    /** Constant bytes: the tools array heads the cached prefix. */
    private static final String TOOL_JSON = "{\"name\":\"" + RetrieveTool.NAME + "\",\"description\":"
            + RetrieveTool.quotedDescription() + ",\"input_schema\":" + RetrieveTool.SCHEMA + "}";

    private AnthropicMessages() {}

    @Override
    public String name() {
        return "anthropic";
    }

    @Override
    public List<Slot> slots(JsonNode request) {
        List<Slot> slots = new ArrayList<>();
        JsonNode system = request.path("system");
        if (system.isTextual()) {
            slots.add(new Slot("/system", system.asText(), Slot.Origin.SYSTEM, "", false, -1, ""));
        } else if (system.isArray()) {
            for (int b = 0; b < system.size(); b++) {
                JsonNode block = system.get(b);
                if (block.path("text").isTextual()) {
                    slots.add(new Slot("/system/" + b + "/text", block.get("text").asText(), Slot.Origin.SYSTEM,
                            "", false, -1, ""));
                }
            }
        }
        Map<String, String> toolNames = new HashMap<>();
        String query = "";
        JsonNode messages = request.path("messages");
        for (int m = 0; m < messages.size(); m++) {
            JsonNode message = messages.get(m);
            String role = message.path("role").asText("");
            JsonNode content = message.path("content");
            String base = "/messages/" + m + "/content";
            if (role.equals("assistant")) {
                for (JsonNode block : content) {
                    if ("tool_use".equals(block.path("type").asText()) && block.path("id").isTextual()) {
                        toolNames.put(block.get("id").asText(), block.path("name").asText(""));
                    }
                }
                continue;
            }
            Slot.Origin textOrigin = role.equals("system") ? Slot.Origin.SYSTEM : Slot.Origin.USER_TEXT;
            if (content.isTextual()) {
                slots.add(new Slot(base, content.asText(), textOrigin, "", false, m, query));
                query = textOrigin == Slot.Origin.USER_TEXT ? content.asText() : query;
                continue;
            }
            String userText = null;
            for (int b = 0; b < content.size(); b++) {
                JsonNode block = content.get(b);
                String type = block.path("type").asText("");
                if (type.equals("text") && block.path("text").isTextual()) {
                    slots.add(new Slot(base + "/" + b + "/text", block.get("text").asText(), textOrigin, "", false,
                            m, query));
                    userText = userText == null ? block.get("text").asText() : userText + "\n" + block.get("text").asText();
                } else if (type.equals("tool_result")) {
                    String tool = toolNames.getOrDefault(block.path("tool_use_id").asText(""), "");
                    boolean error = block.path("is_error").asBoolean(false);
                    addToolResult(slots, block.path("content"), base + "/" + b + "/content", tool, error, m, query);
                }
            }
            if (userText != null && textOrigin == Slot.Origin.USER_TEXT) {
                query = userText;
            }
        }
        return slots;
    }

    private static void addToolResult(
            List<Slot> slots, JsonNode content, String pointer, String tool, boolean error, int m, String query) {
        if (content.isTextual()) {
            slots.add(new Slot(pointer, content.asText(), Slot.Origin.TOOL_RESULT, tool, error, m, query));
        } else if (content.isArray()) {
            for (int i = 0; i < content.size(); i++) {
                JsonNode inner = content.get(i);
                if ("text".equals(inner.path("type").asText()) && inner.path("text").isTextual()) {
                    slots.add(new Slot(pointer + "/" + i + "/text", inner.get("text").asText(),
                            Slot.Origin.TOOL_RESULT, tool, error, m, query));
                }
            }
        }
    }

    @Override
    public int messageCount(JsonNode request) {
        return request.path("messages").size();
    }

    @Override
    public String retrieveToolJson() {
        return TOOL_JSON;
    }

}
