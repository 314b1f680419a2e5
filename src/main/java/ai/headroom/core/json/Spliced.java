package ai.headroom.core.json;

import ai.headroom.core.json.RawElements.Found;
import ai.headroom.core.json.RawElements.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A document {@link JsonSplicer} edited at recorded spans, and where its root members sit afterwards: the
 * original's positions moved past each edit, so a reader of the result (the cache report) needs no parse.
 */
public final class Spliced {

    /**
     * Bytes {@code [from, to)} of the original became bytes {@code [outStart, outEnd)} of the body; an insert
     * appending to a root member array names it, one adding root members lists their names.
     */
    record Placed(int from, int to, int outStart, int outEnd, String appendedTo, Set<String> addedMembers) {}

    private final byte[] body;
    private final Found before;
    private final List<Placed> placed;

    Spliced(byte[] body, Found before, List<Placed> placed) {
        this.body = body;
        this.before = before;
        this.placed = placed;
    }

    /** The edited document (the original itself when nothing was edited). */
    public byte[] body() {
        return body;
    }

    /**
     * Where each root member's value and each element of a root member array sit in {@link #body()}, as
     * {@link RawElements#of} would find them; null when the splice cannot tell (then ask RawElements).
     */
    public Found members() {
        if (before == null || placed == null) {
            return null;
        }
        try {
            Map<String, Span> values = new LinkedHashMap<>();
            Map<String, List<Span>> elements = new LinkedHashMap<>();
            before.values().forEach((name, span) -> values.put(name, moved(span)));
            before.elements().forEach((name, list) -> {
                List<Span> moved = new ArrayList<>(list.size() + 1);
                list.forEach(span -> moved.add(moved(span)));
                elements.put(name, moved);
            });
            for (Placed p : placed) {
                if (p.appendedTo() != null) {
                    List<Span> list = elements.get(p.appendedTo());
                    if (list == null) {
                        return null;
                    }
                    list.addAll(appended(p));
                } else if (p.addedMembers() != null) {
                    Found added = inserted(p, "{", "}", p.addedMembers());
                    values.putAll(added.values());
                    elements.putAll(added.elements());
                }
            }
            return new Found(values, elements);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Span moved(Span span) {
        return new Span(position(span.start(), false), position(span.end(), true));
    }

    /**
     * Where an original position lands. An end position stops before an insertion made exactly there (an
     * append at a closing bracket comes after the element that ends at it); a replacement ending there counts.
     */
    private int position(int original, boolean end) {
        int at = original;
        for (Placed p : placed) {
            boolean before = p.to() < original || p.to() == original && (p.from() < p.to() || !end);
            if (!before) {
                break;
            }
            at = p.outEnd() + (original - p.to());
        }
        return at;
    }

    private List<Span> appended(Placed p) {
        return inserted(p, "{\"a\":[", "]}", Set.of("a")).elements().get("a");
    }

    /** The spans of what {@code p} inserted, read from a small document wrapping it. */
    private Found inserted(Placed p, String open, String close, Set<String> names) {
        int start = body[p.outStart()] == ',' ? p.outStart() + 1 : p.outStart();
        byte[] head = open.getBytes(StandardCharsets.US_ASCII);
        byte[] tail = close.getBytes(StandardCharsets.US_ASCII);
        byte[] wrapper = new byte[head.length + p.outEnd() - start + tail.length];
        System.arraycopy(head, 0, wrapper, 0, head.length);
        System.arraycopy(body, start, wrapper, head.length, p.outEnd() - start);
        System.arraycopy(tail, 0, wrapper, wrapper.length - tail.length, tail.length);
        Found found = RawElements.of(wrapper, names);
        int shift = start - head.length;
        Map<String, Span> values = new LinkedHashMap<>();
        Map<String, List<Span>> elements = new LinkedHashMap<>();
        found.values().forEach((name, span) -> values.put(name, shifted(span, shift)));
        found.elements().forEach((name, list) -> elements.put(name, list.stream().map(s -> shifted(s, shift)).toList()));
        return new Found(values, elements);
    }

    private static Span shifted(Span span, int by) {
        return new Span(span.start() + by, span.end() + by);
    }
}
