package ai.headroom.core.json;

import ai.headroom.core.json.RawElements.Found;
import ai.headroom.core.json.RawElements.Span;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records, token by token as a document is read, where each root member's value and each element of a root
 * member array sit: what {@link RawElements#of} finds with a parse of its own, had for free on the first read.
 */
final class RootMembers {

    private final byte[] doc;
    private final Map<String, Span> values = new LinkedHashMap<>();
    private final Map<String, List<Span>> elements = new LinkedHashMap<>();
    private final Map<String, Integer> valueStarts = new LinkedHashMap<>();
    private int elementStart = -1;
    /** A scalar whose end is known only at the next token: its start, and whether it is a member value. */
    private int scalarStart = -1;
    private boolean scalarIsValue;
    private String scalarMember;
    private boolean complete = true;

    RootMembers(byte[] doc) {
        this.doc = doc;
    }

    /** What was found, or null when part of the document was skipped unseen. */
    Found found() {
        return complete ? new Found(values, elements) : null;
    }

    /** Some tokens were skipped without being observed: ends may be missing. */
    void incomplete() {
        complete = false;
    }

    /** {@code p} has just returned {@code t}. */
    void observe(JsonToken t, JsonParser p) {
        if (scalarStart >= 0) {
            end(scalarIsValue, scalarMember, scalarStart, lastValueByteBefore(start(p)) + 1);
            scalarStart = -1;
        }
        JsonStreamContext ctx = p.getParsingContext();
        if (t.isStructStart() || t.isScalarValue()) {
            JsonStreamContext holder = t.isStructStart() ? ctx.getParent() : ctx;
            boolean value = isRootObject(holder);
            if (!value && !(holder.inArray() && isRootObject(holder.getParent()))) {
                return;
            }
            int start = start(p);
            String member = value ? holder.getCurrentName() : holder.getParent().getCurrentName();
            if (value) {
                valueStarts.put(member, start);
                if (t == JsonToken.START_ARRAY) {
                    elements.put(member, new ArrayList<>());
                }
            } else {
                elementStart = start;
            }
            if (t.isScalarValue()) {
                scalarStart = start;
                scalarIsValue = value;
                scalarMember = member;
            }
        } else if (t.isStructEnd()) {
            if (isRootObject(ctx)) {
                end(true, ctx.getCurrentName(), -1, start(p) + 1);
            } else if (ctx.inArray() && isRootObject(ctx.getParent())) {
                end(false, ctx.getParent().getCurrentName(), -1, start(p) + 1);
            }
        }
    }

    private void end(boolean value, String member, int scalar, int end) {
        if (value) {
            Integer start = valueStarts.get(member);
            if (start != null) {
                values.put(member, new Span(start, end));
            }
        } else {
            List<Span> list = elements.get(member);
            if (list != null) {
                list.add(new Span(scalar >= 0 ? scalar : elementStart, end));
            }
        }
    }

    /** The last byte of the value before the token at {@code next}: only blanks and a comma lie between. */
    private int lastValueByteBefore(int next) {
        int i = next - 1;
        while (i > 0 && (doc[i] == ' ' || doc[i] == '\n' || doc[i] == '\r' || doc[i] == '\t' || doc[i] == ',')) {
            i--;
        }
        return i;
    }

    private static int start(JsonParser p) {
        return (int) p.currentTokenLocation().getByteOffset();
    }

    private static boolean isRootObject(JsonStreamContext ctx) {
        return ctx != null && ctx.inObject() && ctx.getParent() != null && ctx.getParent().inRoot();
    }
}
