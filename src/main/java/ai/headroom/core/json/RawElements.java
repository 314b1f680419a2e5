package ai.headroom.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds where root members' values (or, for arrays, each of their elements) sit in a document's bytes,
 * so callers can reuse those elements exactly as the client wrote them.
 */
public final class RawElements {

    /** Byte range {@code [start, end)} of one value in the document. */
    public record Span(int start, int end) {
        public int length() {
            return end - start;
        }

        public String text(byte[] doc) {
            return new String(doc, start, end - start, StandardCharsets.UTF_8);
        }
    }

    /** Where the root members were found: an array's elements, or a single span for any other value. */
    public record Found(Map<String, Span> values, Map<String, List<Span>> elements) {}

    private RawElements() {}

    /** Spans of the root members named in {@code members}, in document order; absent members are left out. */
    public static Found of(byte[] doc, Set<String> members) {
        Map<String, Span> values = new LinkedHashMap<>();
        Map<String, List<Span>> elements = new LinkedHashMap<>();
        try (JsonParser parser = Json.factory().createParser(doc)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new Found(values, elements);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                int start = (int) parser.currentTokenLocation().getByteOffset();
                if (!members.contains(name)) {
                    parser.skipChildren();
                    continue;
                }
                if (token == JsonToken.START_ARRAY) {
                    List<Span> list = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        list.add(spanOfCurrent(parser));
                    }
                    elements.put(name, list);
                } else {
                    parser.skipChildren();
                }
                parser.finishToken();
                values.put(name, new Span(start, end(parser)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read members of a document that parsed before", e);
        }
        return new Found(values, elements);
    }

    private static Span spanOfCurrent(JsonParser parser) throws IOException {
        int start = (int) parser.currentTokenLocation().getByteOffset();
        parser.skipChildren();
        parser.finishToken();
        return new Span(start, end(parser));
    }

    private static int end(JsonParser parser) {
        return (int) parser.currentLocation().getByteOffset();
    }
}
