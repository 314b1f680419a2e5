package ai.headroom.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Cuts the raw JSON text of one root member's value out of a document, exactly as written. */
public final class RawMember {

    private RawMember() {}

    /** The value of root member {@code name} as its original text; empty when the member is absent. */
    public static Optional<String> of(byte[] doc, String name) {
        try (JsonParser parser = Json.factory().createParser(doc)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean wanted = name.equals(parser.currentName());
                parser.nextToken();
                int start = (int) parser.currentTokenLocation().getByteOffset();
                parser.skipChildren();
                if (wanted) {
                    parser.finishToken();
                    int end = (int) parser.currentLocation().getByteOffset();
                    return Optional.of(new String(doc, start, end - start, StandardCharsets.UTF_8));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a member of a document that parsed before", e);
        }
    }
}
