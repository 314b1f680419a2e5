package ai.headroom.core.pipeline;

/** Builders of provider request bodies for tests. */
final class Requests {
    private Requests() {}

    static String bigText(String seed) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            sb.append(seed).append(" line ").append(i).append(" with some words that repeat and repeat\n");
        }
        return sb.toString();
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** An Anthropic request shaped like Claude Code's: cache_control on system and on the last user block. */
    static String claudeCode(String... toolResults) {
        StringBuilder messages = new StringBuilder();
        messages.append("{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Why does the build fail?\"}]}");
        for (int i = 0; i < toolResults.length; i++) {
            boolean last = i == toolResults.length - 1;
            messages.append(",{\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\",\"id\":\"toolu_").append(i)
                    .append("\",\"name\":\"Bash\",\"input\":{\"command\":\"mvn -q verify\"}}]}");
            messages.append(",{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_")
                    .append(i).append("\",\"content\":").append(quote(toolResults[i]))
                    .append(last ? ",\"cache_control\":{\"type\":\"ephemeral\"}" : "").append("}]}");
        }
        return "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":32000,\"stream\":true,"
                + "\"system\":[{\"type\":\"text\",\"text\":\"You are Claude Code.\",\"cache_control\":{\"type\":\"ephemeral\"}},"
                + "{\"type\":\"text\",\"text\":\"Be precise.\",\"cache_control\":{\"type\":\"ephemeral\"}}],"
                + "\"tools\":[{\"name\":\"Bash\",\"description\":\"Run a command\",\"input_schema\":{\"type\":\"object\"}}],"
                + "\"thinking\":{\"type\":\"adaptive\"},\"temperature\":0.40000000000000002,"
                + "\"messages\":[" + messages + "]}";
    }
}
