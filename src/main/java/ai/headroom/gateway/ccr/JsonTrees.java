package ai.headroom.gateway.ccr;

import ai.headroom.core.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Parsing and writing JSON with the core's exact-number mapper, never throwing on bad upstream text. */
public final class JsonTrees {

    private JsonTrees() {}

    /** The object in {@code json}, or an empty object when it is not one. */
    public static ObjectNode object(String json) {
        try {
            JsonNode node = Json.mapper().readTree(json);
            return node instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
        } catch (JsonProcessingException e) {
            return JsonNodeFactory.instance.objectNode();
        }
    }

    /** The index of the last message with {@code role} in a messages array, or -1. */
    public static int lastWithRole(JsonNode messages, String role) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (role.equals(messages.get(i).path("role").asText())) {
                return i;
            }
        }
        return -1;
    }

    public static String write(JsonNode node) {
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree cannot fail to serialize", e);
        }
    }
}
