package ai.headroom.core.dialect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAI Responses API ({@code POST /v1/responses}), which the Codex CLI speaks.
 *
 * <p>Protocol facts: {@code instructions} is the system prompt; {@code input} is a string or a list of
 * items: messages ({@code type: "message"} or bare {@code role}/{@code content}, parts typed
 * {@code input_text}), {@code function_call} items ({@code call_id}, {@code name}) and
 * {@code function_call_output} items whose {@code output} is the tool's text. Tools are flat:
 * {@code {"type":"function","name":…,"parameters":…}}.
 */
public final class OpenAiResponses implements Dialect {

    public static final OpenAiResponses INSTANCE = new OpenAiResponses();

    /** Constant bytes: the tools array heads the cached prefix. */
    private static final String TOOL_JSON = "{\"type\":\"function\",\"name\":\"" + RetrieveTool.NAME
            + "\",\"description\":" + RetrieveTool.quotedDescription() + ",\"parameters\":" + RetrieveTool.SCHEMA
            + "}";

    private OpenAiResponses() {}

    @Override
    public String name() {
        return "openai-responses";
    }

    @Override
    public List<Slot> slots(JsonNode request) {
        List<Slot> slots = new ArrayList<>();
        if (request.path("instructions").isTextual()) {
            slots.add(new Slot("/instructions", request.get("instructions").asText(), Slot.Origin.SYSTEM, "", false,
                    -1, ""));
        }
        JsonNode input = request.path("input");
        if (input.isTextual()) {
            slots.add(new Slot("/input", input.asText(), Slot.Origin.USER_TEXT, "", false, 0, ""));
            return slots;
        }
        Map<String, String> toolNames = new HashMap<>();
        String query = "";
        for (int i = 0; i < input.size(); i++) {
            JsonNode item = input.get(i);
            String type = item.path("type").asText(item.has("role") ? "message" : "");
            String base = "/input/" + i;
            switch (type) {
                case "function_call", "custom_tool_call" ->
                        toolNames.put(item.path("call_id").asText(""), item.path("name").asText(""));
                case "function_call_output", "custom_tool_call_output" -> {
                    String tool = toolNames.getOrDefault(item.path("call_id").asText(""), "");
                    OpenAiChat.addText(slots, item.path("output"), base + "/output", Slot.Origin.TOOL_RESULT, tool,
                            i, query);
                }
                case "message" -> {
                    String role = item.path("role").asText("");
                    if (role.equals("user")) {
                        OpenAiChat.addText(slots, item.path("content"), base + "/content", Slot.Origin.USER_TEXT, "",
                                i, query);
                        String text = OpenAiChat.joinedText(item.path("content"));
                        query = text.isEmpty() ? query : text;
                    } else if (role.equals("system") || role.equals("developer")) {
                        OpenAiChat.addText(slots, item.path("content"), base + "/content", Slot.Origin.SYSTEM, "", i,
                                "");
                    }
                }
                default -> { }
            }
        }
        return slots;
    }

    @Override
    public int messageCount(JsonNode request) {
        JsonNode input = request.path("input");
        return input.isArray() ? input.size() : 1;
    }

    @Override
    public String retrieveToolJson() {
        return TOOL_JSON;
    }

}
