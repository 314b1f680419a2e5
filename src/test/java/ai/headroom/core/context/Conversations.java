package ai.headroom.core.context;

import ai.headroom.core.json.Json;
import ai.headroom.core.tokens.TokenCounter;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builders of long agent conversations in each dialect, for context-window tests. */
final class Conversations {

    /** Four characters a token: crude, but deterministic and independent of any tokenizer. */
    static final TokenCounter QUARTER = new TokenCounter() {
        @Override
        public int count(String text) {
            return (text.length() + 3) / 4;
        }

        @Override
        public String name() {
            return "chars/4";
        }
    };

    private Conversations() {}

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** A tool output of about {@code lines} lines, distinct per {@code seed}. */
    static String output(String seed, int lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            sb.append(seed).append(": processed record ").append(i * 7 + seed.length())
                    .append(" in stage ").append(i % 5).append(" ok\n");
        }
        return sb.toString();
    }

    /**
     * An Anthropic request: first user question, then one tool exchange per output (assistant tool_use, user
     * tool_result), then a closing assistant answer and a user follow-up naming {@code followUp}.
     */
    static String anthropic(List<String> outputs, String followUp, boolean firstAsString) {
        List<String> m = new ArrayList<>();
        m.add(firstAsString
                ? "{\"role\":\"user\",\"content\":\"Why does the build fail?\"}"
                : "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Why does the build fail?\"}]}");
        for (int i = 0; i < outputs.size(); i++) {
            m.add("{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"Step " + i + "\"},"
                    + "{\"type\":\"tool_use\",\"id\":\"toolu_" + i + "\",\"name\":\"Bash\",\"input\":{\"command\":\"run " + i
                    + "\"}}]}");
            m.add("{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_" + i
                    + "\",\"content\":" + quote(outputs.get(i)) + "}]}");
        }
        m.add("{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"I looked at everything.\"}]}");
        m.add("{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":" + quote(followUp)
                + ",\"cache_control\":{\"type\":\"ephemeral\"}}]}");
        return "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":1000,\n \"system\":[{\"type\":\"text\",\"text\":\"You are an agent.\"}],"
                + "\"tools\":[{\"name\":\"Bash\",\"input_schema\":{\"type\":\"object\"}}],\"temperature\":0.40000000000000002,"
                + "\"messages\":[\n  " + String.join(",\n  ", m) + "\n]}";
    }

    /** An OpenAI chat request; exchange {@code i} makes two parallel tool calls when {@code i} is even. */
    static String chat(List<String> outputs, String followUp) {
        List<String> m = new ArrayList<>();
        m.add("{\"role\":\"system\",\"content\":\"You are an agent.\"}");
        m.add("{\"role\":\"user\",\"content\":\"Why does the build fail?\"}");
        for (int i = 0; i < outputs.size(); i++) {
            boolean parallel = i % 2 == 0;
            m.add("{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[" + call("c" + i + "a")
                    + (parallel ? "," + call("c" + i + "b") : "") + "]}");
            m.add("{\"role\":\"tool\",\"tool_call_id\":\"c" + i + "a\",\"content\":" + quote(outputs.get(i)) + "}");
            if (parallel) {
                m.add("{\"role\":\"tool\",\"tool_call_id\":\"c" + i + "b\",\"content\":\"done " + i + "\"}");
            }
        }
        m.add("{\"role\":\"assistant\",\"content\":\"I looked at everything.\"}");
        m.add("{\"role\":\"user\",\"content\":" + quote(followUp) + "}");
        return "{\"model\":\"gpt-4o\",\"messages\":[" + String.join(",", m) + "],\"tools\":[]}";
    }

    private static String call(String id) {
        return "{\"id\":\"" + id + "\",\"type\":\"function\",\"function\":{\"name\":\"shell\",\"arguments\":\"{}\"}}";
    }

    /** An OpenAI Responses request: each exchange is reasoning, function_call, function_call_output. */
    static String responses(List<String> outputs, String followUp) {
        List<String> m = new ArrayList<>();
        m.add("{\"type\":\"message\",\"role\":\"developer\",\"content\":[{\"type\":\"input_text\",\"text\":\"Be brief.\"}]}");
        m.add("{\"type\":\"message\",\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":\"Why does the build fail?\"}]}");
        for (int i = 0; i < outputs.size(); i++) {
            m.add("{\"type\":\"reasoning\",\"id\":\"rs_" + i + "\",\"summary\":[],\"encrypted_content\":\"gAAA" + i + "\"}");
            m.add("{\"type\":\"function_call\",\"call_id\":\"call_" + i + "\",\"name\":\"shell\",\"arguments\":\"{}\"}");
            m.add("{\"type\":\"function_call_output\",\"call_id\":\"call_" + i + "\",\"output\":" + quote(outputs.get(i)) + "}");
        }
        m.add("{\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"text\":\"Done.\"}]}");
        m.add("{\"type\":\"message\",\"role\":\"user\",\"content\":[{\"type\":\"input_text\",\"text\":" + quote(followUp) + "}]}");
        return "{\"model\":\"gpt-5-codex\",\"instructions\":\"You are Codex.\",\"input\":[" + String.join(",", m)
                + "],\"store\":false}";
    }

    static JsonNode tree(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (Exception e) {
            throw new AssertionError("test request does not parse: " + e.getMessage(), e);
        }
    }

    static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
