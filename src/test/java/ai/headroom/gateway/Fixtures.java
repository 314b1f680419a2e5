package ai.headroom.gateway;

import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.dialect.AnthropicMessages;

/** Request bodies shaped like what coding agents send, built in code. */
final class Fixtures {

    private Fixtures() {}

    /** A deterministic tool output of about {@code chars} characters that the test compressor cuts. */
    static String bigToolOutput(String seed, int chars) {
        StringBuilder sb = new StringBuilder("COMPRESS-ME " + seed + "\n");
        int line = 0;
        while (sb.length() < chars) {
            sb.append("line ").append(line++).append(": the build step ").append(seed)
                    .append(" finished without findings in module m").append(line % 17).append('\n');
        }
        return sb.toString();
    }

    /** What the test compressor turns {@code text} into. */
    static String compressed(String text) {
        return text.substring(0, TestCompressor.KEEP)
                + CcrMarker.format(TestCompressor.summary(text), CcrMarker.hashOf(text));
    }

    static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    static final String TOOLS = "[{\"name\":\"bash\",\"description\":\"Run a command\","
            + "\"input_schema\":{\"type\":\"object\",\"properties\":{\"cmd\":{\"type\":\"string\"}}}}]";

    /** An Anthropic request whose last user turn answers a bash call with {@code output}; messages come last. */
    static String anthropic(String output, boolean stream) {
        return "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":1024," + (stream ? "\"stream\":true," : "")
                + "\"tools\":" + TOOLS + ",\"messages\":" + anthropicMessages(output) + "}";
    }

    static String anthropicMessages(String output) {
        return "[{\"role\":\"user\",\"content\":\"Why does the build fail?\"},"
                + "{\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"bash\","
                + "\"input\":{\"cmd\":\"make\"}}]},"
                + "{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_1\",\"content\":"
                + json(output) + "}]}]";
    }

    /** The same request as {@link #anthropic} after the test compressor and the retrieve tool went through it. */
    static String anthropicCompressed(String output, boolean stream) {
        String tools = TOOLS.substring(0, TOOLS.length() - 1) + "," + AnthropicMessages.INSTANCE.retrieveToolJson() + "]";
        return "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":1024," + (stream ? "\"stream\":true," : "")
                + "\"tools\":" + tools + ",\"messages\":" + anthropicMessages(compressed(output)) + "}";
    }

    static String sse(String... events) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < events.length; i += 2) {
            sb.append("event: ").append(events[i]).append("\ndata: ").append(events[i + 1]).append("\n\n");
        }
        return sb.toString();
    }
}
