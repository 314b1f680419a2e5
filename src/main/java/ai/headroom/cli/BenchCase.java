package ai.headroom.cli;

import ai.headroom.core.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One bench input: a request file as it is, or any other file wrapped as an agent's tool result. */
public record BenchCase(String name, byte[] body) {

    static BenchCase load(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        try {
            JsonNode tree = Json.mapper().readTree(bytes);
            if (tree != null && tree.isObject() && (tree.has("messages") || tree.has("input"))) {
                return new BenchCase(name, bytes);
            }
        } catch (IOException notARequest) {
            // Raw tool output (a log, a JSON page, a diff…): wrapped below.
        }
        return new BenchCase(name, wrap(new String(bytes, StandardCharsets.UTF_8)));
    }

    /**
     * An Anthropic request in which the content is a tool result followed by two more short exchanges, as
     * in an agent's session a few turns later. (In the last four messages, code would stay verbatim: it is
     * what the agent is working on.)
     */
    public static byte[] wrap(String content) throws IOException {
        ObjectNode request = Json.mapper().createObjectNode();
        request.put("model", "claude-sonnet-4-5");
        request.put("max_tokens", 4096);
        ArrayNode messages = request.putArray("messages");
        messages.addObject().put("role", "user").put("content", "What went wrong here? Look at the output.");
        ObjectNode call = messages.addObject().put("role", "assistant").putArray("content").addObject();
        call.put("type", "tool_use").put("id", "toolu_bench").put("name", "run_tool");
        call.putObject("input");
        ObjectNode result = messages.addObject().put("role", "user").putArray("content").addObject();
        result.put("type", "tool_result").put("tool_use_id", "toolu_bench").put("content", content);
        for (int i = 0; i < 2; i++) {
            messages.addObject().put("role", "assistant").put("content", "Noted. Checking the next part.");
            messages.addObject().put("role", "user").put("content", "Go on.");
        }
        return Json.mapper().writeValueAsBytes(request);
    }
}
