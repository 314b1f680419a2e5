package ai.headroom.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * A document read once into both a tree and the {@link JsonSpans} that let {@link JsonSplicer} edit its
 * bytes without a second parse.
 */
public record IndexedTree(JsonNode tree, JsonSpans spans) {

    /** Reads with {@link Json#mapper()}'s rules (exact numbers, bounded nesting, no trailing tokens). */
    public static IndexedTree read(byte[] doc) throws IOException {
        try (JsonParser bytes = Json.factory().createParser(doc)) {
            SpanRecorder recorder = new SpanRecorder(bytes, doc);
            JsonNode tree = Json.mapper().readValue(recorder, JsonNode.class);
            return new IndexedTree(tree, recorder.spans());
        }
    }
}
