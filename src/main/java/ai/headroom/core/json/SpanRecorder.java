package ai.headroom.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * Watches the tokens a tree reader pulls from a byte parser and records {@link JsonSpans}: the byte span of
 * every string of at least {@link #MIN_BYTES} bytes, the closing bracket of each root member array, the
 * root's closing brace, and where root members and their array elements sit ({@link RootMembers}). Short
 * strings are never compressed, so their positions are not worth a pointer.
 */
final class SpanRecorder extends JsonParserDelegate {

    /** Strings shorter than this (encoded) are not recorded; block compression skips text this short. */
    static final int MIN_BYTES = 128;

    private final byte[] doc;
    private final JsonSpans spans = new JsonSpans();
    private final RootMembers members;
    private String pendingPointer;
    private int pendingStart;

    SpanRecorder(JsonParser bytes, byte[] doc) {
        super(bytes);
        this.doc = doc;
        this.members = new RootMembers(doc);
    }

    JsonSpans spans() {
        spans.members(members.found());
        return spans;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = delegate.nextToken();
        observe(t);
        return t;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = delegate.nextValue();
        observe(t);
        return t;
    }

    @Override
    public String nextFieldName() throws IOException {
        String name = delegate.nextFieldName();
        observe(delegate.currentToken());
        return name;
    }

    @Override
    public boolean nextFieldName(SerializableString str) throws IOException {
        boolean matched = delegate.nextFieldName(str);
        observe(delegate.currentToken());
        return matched;
    }

    @Override
    public String nextTextValue() throws IOException {
        String text = delegate.nextTextValue();
        observe(delegate.currentToken());
        return text;
    }

    @Override
    public int nextIntValue(int defaultValue) throws IOException {
        int v = delegate.nextIntValue(defaultValue);
        observe(delegate.currentToken());
        return v;
    }

    @Override
    public long nextLongValue(long defaultValue) throws IOException {
        long v = delegate.nextLongValue(defaultValue);
        observe(delegate.currentToken());
        return v;
    }

    @Override
    public Boolean nextBooleanValue() throws IOException {
        Boolean v = delegate.nextBooleanValue();
        observe(delegate.currentToken());
        return v;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        // Skipped content is never edited through spans; forget a pending string rather than mis-end it.
        pendingPointer = null;
        if (delegate.currentToken() != null && delegate.currentToken().isStructStart()) {
            members.incomplete();
        }
        delegate.skipChildren();
        return this;
    }

    private void observe(JsonToken t) {
        if (t == null) {
            return;
        }
        if (pendingPointer != null) {
            // The pending string ends at the last quote before this token: only separators lie between.
            int next = tokenStart();
            int quote = next - 1;
            while (doc[quote] != '"') {
                quote--;
            }
            spans.string(pendingPointer, pendingStart, quote + 1);
            pendingPointer = null;
        }
        members.observe(t, delegate);
        switch (t) {
            case VALUE_STRING -> {
                int start = tokenStart();
                if (atLeastMinBytes(start)) {
                    pendingPointer = delegate.getParsingContext().pathAsPointer().toString();
                    pendingStart = start;
                }
            }
            case END_ARRAY -> {
                JsonStreamContext ctx = delegate.getParsingContext(); // already the parent's at END_ARRAY
                if (ctx.inObject() && ctx.getParent() != null && ctx.getParent().inRoot()) {
                    spans.rootArrayEnd(ctx.pathAsPointer().toString(), tokenStart());
                }
            }
            case END_OBJECT -> {
                if (delegate.getParsingContext().inRoot()) {
                    spans.rootEnd(tokenStart());
                }
            }
            default -> { }
        }
    }

    private int tokenStart() {
        return (int) delegate.currentTokenLocation().getByteOffset();
    }

    /** Whether the string opening at {@code quote} runs for at least {@link #MIN_BYTES} bytes. */
    private boolean atLeastMinBytes(int quote) {
        int limit = Math.min(doc.length, quote + 1 + MIN_BYTES);
        for (int i = quote + 1; i < limit; i++) {
            byte b = doc[i];
            if (b == '\\') {
                i++;
            } else if (b == '"') {
                return false;
            }
        }
        return true;
    }
}
