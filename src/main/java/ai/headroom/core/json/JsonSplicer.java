package ai.headroom.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Applies {@link JsonEdits} to the original bytes of a document, copying every byte it does not edit.
 *
 * <p>Why splice instead of re-serialising the tree: key order, whitespace, number spelling
 * ({@code 1e3}, {@code 0.40000000000000002}), escapes and unknown fields all survive byte for byte,
 * so the provider sees exactly what the client sent except for the slots we changed.
 */
public final class JsonSplicer {

    private JsonSplicer() {}

    /**
     * The edited document, spliced at the positions {@code spans} recorded when the document was read; falls
     * back to {@link #apply(byte[], JsonEdits)} when an edit is not of a kind or at a place they cover.
     */
    public static byte[] apply(byte[] original, JsonEdits edits, JsonSpans spans) {
        return splice(original, edits, spans).body();
    }

    /** Like {@link #apply(byte[], JsonEdits, JsonSpans)}, keeping where the root members land in the result. */
    public static Spliced splice(byte[] original, JsonEdits edits, JsonSpans spans) {
        return SpanSplicer.splice(original, edits, spans);
    }

    /** The edited document; {@code original} itself when there is nothing to edit. */
    public static byte[] apply(byte[] original, JsonEdits edits) {
        if (edits.isEmpty()) {
            return original;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 1024);
        Set<String> lastSegments = lastSegments(edits.stringReplacements().keySet());
        int copied = 0;
        boolean stringPending = false;
        try (JsonParser parser = Json.factory().createParser(original)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (stringPending) {
                    // The replaced string ends at the last quote before this token: the parser has skipped
                    // it already, so it is neither decoded nor scanned a second time.
                    copied = closingQuoteBefore(original, (int) parser.currentTokenLocation().getByteOffset()) + 1;
                    stringPending = false;
                }
                String raw = edits.rawReplacements().isEmpty() || !token.isStructStart() && !token.isScalarValue()
                        ? null : edits.rawReplacements().get(valuePointer(parser, token));
                if (raw != null) {
                    int start = (int) parser.currentTokenLocation().getByteOffset();
                    parser.skipChildren();
                    parser.finishToken();
                    int end = (int) parser.currentLocation().getByteOffset();
                    out.write(original, copied, start - copied);
                    out.writeBytes(raw.getBytes(StandardCharsets.UTF_8));
                    copied = end;
                } else if (token == JsonToken.VALUE_STRING && mayBeEdited(parser, lastSegments)) {
                    String replacement = edits.stringReplacements().get(pointer(parser));
                    if (replacement != null) {
                        int start = (int) parser.currentTokenLocation().getByteOffset();
                        out.write(original, copied, start - copied);
                        writeString(out, replacement);
                        stringPending = true;
                    }
                } else if (token == JsonToken.END_ARRAY && !edits.arrayAppends().isEmpty()) {
                    // At END_ARRAY the context is already the parent's, whose path is the array's pointer.
                    String element = edits.arrayAppends().get(pointer(parser));
                    if (element != null) {
                        int at = (int) parser.currentTokenLocation().getByteOffset();
                        out.write(original, copied, at - copied);
                        if (hadEntries(original, at)) {
                            out.write(',');
                        }
                        out.writeBytes(element.getBytes(StandardCharsets.UTF_8));
                        copied = at;
                    }
                } else if (token == JsonToken.END_OBJECT && !edits.rootMembers().isEmpty()
                        && parser.getParsingContext().inRoot()) {
                    int at = (int) parser.currentTokenLocation().getByteOffset();
                    out.write(original, copied, at - copied);
                    writeRootMembers(out, edits, hadEntries(original, at));
                    copied = at;
                }
                // Last, so an element's own edits (an append, a replacement) are written before what follows it.
                // (A raw replacement has skipped its container: the parser stands on its end.)
                JsonToken now = parser.currentToken();
                if (!edits.insertsAfter().isEmpty() && (now.isStructEnd() || now.isScalarValue())) {
                    String inserted = insertedAfter(parser, edits);
                    if (inserted != null) {
                        int end = elementEnd(parser, now);
                        if (stringPending) {
                            stringPending = false; // the replacement is written; the original string is skipped
                        } else {
                            out.write(original, copied, end - copied);
                        }
                        out.write(',');
                        out.writeBytes(inserted.getBytes(StandardCharsets.UTF_8));
                        copied = end;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot splice a document that parsed before", e);
        }
        out.write(original, copied, original.length - copied);
        return out.toByteArray();
    }

    /**
     * The elements to insert after the value {@code token} ends, when that value is an array element with an
     * insertion after it; else null. At an element's closing bracket the context is the enclosing array's,
     * whose path is the element's pointer.
     */
    private static String insertedAfter(JsonParser parser, JsonEdits edits) {
        JsonStreamContext ctx = parser.getParsingContext();
        return ctx.inArray() ? edits.insertsAfter().get(ctx.pathAsPointer().toString()) : null;
    }

    /** The offset just past the value {@code token} ends. */
    private static int elementEnd(JsonParser parser, JsonToken token) throws IOException {
        if (token.isStructEnd()) {
            return (int) parser.currentTokenLocation().getByteOffset() + 1;
        }
        parser.finishToken();
        return (int) parser.currentLocation().getByteOffset();
    }

    /** The last segment of every pointer ("content", "text", "3"…), to skip the pointer of most strings cheaply. */
    private static Set<String> lastSegments(Set<String> pointers) {
        Set<String> segments = new HashSet<>();
        for (String p : pointers) {
            JsonPointer last = JsonPointer.compile(p).last();
            if (last != null) {
                segments.add(last.getMatchingProperty());
            }
        }
        return segments;
    }

    private static boolean mayBeEdited(JsonParser parser, Set<String> lastSegments) {
        if (lastSegments.isEmpty()) {
            return false;
        }
        JsonStreamContext ctx = parser.getParsingContext();
        String segment = ctx.inObject() ? ctx.getCurrentName() : Integer.toString(ctx.getCurrentIndex());
        return segment != null && lastSegments.contains(segment);
    }

    /** Position of the closing quote of the string value that precedes {@code next} (separators skipped). */
    private static int closingQuoteBefore(byte[] doc, int next) {
        int i = next - 1;
        while (doc[i] != '"') {
            i--;
        }
        return i;
    }

    /** Pointer of the value the parser is on. */
    private static String pointer(JsonParser parser) {
        return parser.getParsingContext().pathAsPointer().toString();
    }

    /** At a container's start Jackson has already entered it; the value's own pointer is the parent's path. */
    private static String valuePointer(JsonParser parser, JsonToken token) {
        return token.isStructStart()
                ? parser.getParsingContext().getParent().pathAsPointer().toString()
                : pointer(parser);
    }


    /** True when the container closing at {@code closeAt} holds anything (last non-blank byte is not its opener). */
    static boolean hadEntries(byte[] doc, int closeAt) {
        for (int i = closeAt - 1; i >= 0; i--) {
            byte b = doc[i];
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                continue;
            }
            return b != '[' && b != '{';
        }
        return false;
    }

    static void writeRootMembers(ByteArrayOutputStream out, JsonEdits edits, boolean needComma) {
        for (Map.Entry<String, String> member : edits.rootMembers().entrySet()) {
            if (needComma) {
                out.write(',');
            }
            writeString(out, member.getKey());
            out.write(':');
            out.writeBytes(member.getValue().getBytes(StandardCharsets.UTF_8));
            needComma = true;
        }
    }

    private static void writeString(ByteArrayOutputStream out, String value) {
        out.write('"');
        out.writeBytes(JsonStringEncoder.getInstance().quoteAsUTF8(value));
        out.write('"');
    }
}
