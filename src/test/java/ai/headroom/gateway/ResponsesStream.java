package ai.headroom.gateway;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds OpenAI Responses API event streams as the API sends them: {@code event:} and {@code data:} lines,
 * every event numbered by {@code sequence_number} from 0, full {@code response} objects in the lifecycle events.
 */
final class ResponsesStream {

    private final List<String> events = new ArrayList<>();
    private final String id;

    ResponsesStream(String id) {
        this.id = id;
    }

    /** A response object with every field the SDKs read. */
    static String response(String id, String status, String output, String usage) {
        return "{\"id\":\"" + id + "\",\"object\":\"response\",\"created_at\":1700000000,\"status\":\"" + status
                + "\",\"error\":null,\"incomplete_details\":null,\"instructions\":null,\"model\":\"gpt-5\","
                + "\"output\":" + output + ",\"parallel_tool_calls\":true,\"temperature\":1.0,\"tool_choice\":\"auto\","
                + "\"tools\":[],\"top_p\":1.0,\"metadata\":{},\"usage\":" + usage + "}";
    }

    static String usage(int input, int output) {
        return "{\"input_tokens\":" + input + ",\"input_tokens_details\":{\"cached_tokens\":0},\"output_tokens\":"
                + output + ",\"output_tokens_details\":{\"reasoning_tokens\":0},\"total_tokens\":" + (input + output) + "}";
    }

    static String message(String itemId, String status, String text) {
        String content = text == null ? "[]"
                : "[{\"type\":\"output_text\",\"annotations\":[],\"text\":" + Fixtures.json(text) + "}]";
        return "{\"id\":\"" + itemId + "\",\"type\":\"message\",\"status\":\"" + status
                + "\",\"role\":\"assistant\",\"content\":" + content + "}";
    }

    static String functionCall(String itemId, String status, String callId, String name, String arguments) {
        return "{\"id\":\"" + itemId + "\",\"type\":\"function_call\",\"status\":\"" + status + "\",\"arguments\":"
                + Fixtures.json(arguments) + ",\"call_id\":\"" + callId + "\",\"name\":\"" + name + "\"}";
    }

    ResponsesStream event(String type, String fields) {
        String data = "{\"type\":\"" + type + "\"" + (fields.isEmpty() ? "" : "," + fields) + ",\"sequence_number\":"
                + events.size() + "}";
        events.add("event: " + type + "\ndata: " + data + "\n\n");
        return this;
    }

    ResponsesStream started() {
        String r = response(id, "in_progress", "[]", "null");
        return event("response.created", "\"response\":" + r).event("response.in_progress", "\"response\":" + r);
    }

    /** A message item at {@code index} whose text arrives in the given pieces. */
    ResponsesStream message(int index, String itemId, String... pieces) {
        String text = String.join("", pieces);
        String at = "\"item_id\":\"" + itemId + "\",\"output_index\":" + index + ",\"content_index\":0";
        event("response.output_item.added", "\"output_index\":" + index + ",\"item\":" + message(itemId, "in_progress", null));
        event("response.content_part.added", at + ",\"part\":{\"type\":\"output_text\",\"annotations\":[],\"text\":\"\"}");
        for (String piece : pieces) {
            event("response.output_text.delta", at + ",\"delta\":" + Fixtures.json(piece) + ",\"logprobs\":[]");
        }
        event("response.output_text.done", at + ",\"text\":" + Fixtures.json(text) + ",\"logprobs\":[]");
        event("response.content_part.done", at + ",\"part\":{\"type\":\"output_text\",\"annotations\":[],\"text\":"
                + Fixtures.json(text) + "}");
        return event("response.output_item.done", "\"output_index\":" + index + ",\"item\":"
                + message(itemId, "completed", text));
    }

    /** A function_call item at {@code index} whose arguments arrive in two pieces. */
    ResponsesStream call(int index, String itemId, String callId, String name, String arguments) {
        String at = "\"item_id\":\"" + itemId + "\",\"output_index\":" + index;
        int half = arguments.length() / 2;
        event("response.output_item.added", "\"output_index\":" + index + ",\"item\":"
                + functionCall(itemId, "in_progress", callId, name, ""));
        event("response.function_call_arguments.delta", at + ",\"delta\":" + Fixtures.json(arguments.substring(0, half)));
        event("response.function_call_arguments.delta", at + ",\"delta\":" + Fixtures.json(arguments.substring(half)));
        event("response.function_call_arguments.done", at + ",\"arguments\":" + Fixtures.json(arguments));
        return event("response.output_item.done", "\"output_index\":" + index + ",\"item\":"
                + functionCall(itemId, "completed", callId, name, arguments));
    }

    ResponsesStream completed(String output, String usage) {
        return event("response.completed", "\"response\":" + response(id, "completed", output, usage));
    }

    String text() {
        return String.join("", events);
    }
}
