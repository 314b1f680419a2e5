package ai.headroom.core.cache;

import ai.headroom.core.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/** Requests shaped like Claude Code's: a fixed first system block, then instructions with an env block. */
final class ClaudeCodeRequests {

    static final String SHA = "3f9c2a1b7e4d6c8a9b0e1f2a3b4c5d6e7f8a9b0c";

    private ClaudeCodeRequests() {}

    static String systemPrompt(String date) {
        return "You are an interactive CLI tool that helps users with software engineering tasks.\n"
                + "Use the instructions below and the tools available to you to assist the user.\n\n"
                + "# Tone and style\nBe concise. Answer in fewer than 4 lines unless asked for detail.\n\n"
                + "Here is useful information about the environment you are running in:\n<env>\n"
                + "Working directory: /home/dev/shop\nIs directory a git repo: Yes\nPlatform: linux\n"
                + "Today's date: " + date + "\n</env>\n\n"
                + "gitStatus: This is the git status at the start of the conversation.\nCurrent branch: main\n"
                + "HEAD: " + SHA + "\n\nRecent commits:\n"
                + "a1b2c3d Fix rounding in invoice totals\n9e8f7a6 Add retry to payment client\n";
    }

    static String request(String date, int turns) {
        StringBuilder messages = new StringBuilder(
                "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Why do the invoice tests fail?\"}]}");
        for (int i = 0; i < turns; i++) {
            messages.append(",{\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\",\"id\":\"toolu_").append(i)
                    .append("\",\"name\":\"Bash\",\"input\":{\"command\":\"mvn test\"}}]}")
                    .append(",{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_")
                    .append(i).append("\",\"content\":\"Tests run: 12, Failures: ").append(i)
                    .append("\",\"cache_control\":{\"type\":\"ephemeral\"}}]}");
        }
        return "{\"model\":\"claude-sonnet-4-5-20250929\",\"max_tokens\":32000,\"stream\":true,"
                + "\"system\":[{\"type\":\"text\",\"text\":\"You are Claude Code, Anthropic's official CLI for Claude.\","
                + "\"cache_control\":{\"type\":\"ephemeral\"}},{\"type\":\"text\",\"text\":" + quote(systemPrompt(date))
                + ",\"cache_control\":{\"type\":\"ephemeral\"}}],"
                + "\"tools\":[{\"name\":\"Bash\",\"description\":\"Run a shell command\",\"input_schema\":{\"type\":\"object\"}},"
                + "{\"name\":\"Read\",\"description\":\"Read a file\",\"input_schema\":{\"type\":\"object\"}}],"
                + "\"messages\":[" + messages + "]}";
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    static JsonNode tree(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
