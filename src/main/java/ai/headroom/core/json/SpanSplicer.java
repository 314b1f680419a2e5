package ai.headroom.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Edits a document at the positions {@link JsonSpans} recorded when it was read: every edit becomes a byte
 * range replaced, and the result is written once, at its exact size.
 */
final class SpanSplicer {

    private SpanSplicer() {}

    /** See {@link JsonSplicer#splice}. */
    static Spliced splice(byte[] original, JsonEdits edits, JsonSpans spans) {
        if (edits.isEmpty()) {
            return new Spliced(original, spans == null ? null : spans.members(), List.of());
        }
        List<Insert> inserts = spans == null || !edits.rawReplacements().isEmpty() || !edits.insertsAfter().isEmpty()
                ? null : inserts(original, edits, spans);
        if (inserts == null) {
            return new Spliced(JsonSplicer.apply(original, edits), null, null);
        }
        inserts.sort(Comparator.comparingInt(Insert::from));
        // Sized exactly up front: the body is written once, with no growing buffer and no final copy.
        int length = original.length;
        for (Insert insert : inserts) {
            length += insert.bytes().length - (insert.to() - insert.from());
        }
        byte[] out = new byte[length];
        List<Spliced.Placed> placed = new ArrayList<>(inserts.size());
        int copied = 0;
        int at = 0;
        for (Insert insert : inserts) {
            int kept = insert.from() - copied;
            System.arraycopy(original, copied, out, at, kept);
            at += kept;
            byte[] bytes = insert.bytes();
            System.arraycopy(bytes, 0, out, at, bytes.length);
            placed.add(new Spliced.Placed(insert.from(), insert.to(), at, at + bytes.length, insert.appendedTo(),
                    insert.addedMembers()));
            at += bytes.length;
            copied = insert.to();
        }
        System.arraycopy(original, copied, out, at, original.length - copied);
        return new Spliced(out, spans.members(), placed);
    }

    /**
     * Bytes {@code [from, to)} of the original give way to {@code bytes}; {@code appendedTo} names the root
     * member array an append extends, {@code addedMembers} the root members an insertion adds.
     */
    private record Insert(int from, int to, byte[] bytes, String appendedTo, Set<String> addedMembers) {}

    /** The edits as byte-range replacements, or null when some edit's position was not recorded. */
    private static List<Insert> inserts(byte[] original, JsonEdits edits, JsonSpans spans) {
        List<Insert> inserts = new ArrayList<>();
        for (Map.Entry<String, String> e : edits.stringReplacements().entrySet()) {
            Long span = spans.string(e.getKey());
            if (span == null) {
                return null;
            }
            byte[] quoted = JsonStringEncoder.getInstance().quoteAsUTF8(e.getValue());
            byte[] bytes = new byte[quoted.length + 2];
            bytes[0] = '"';
            System.arraycopy(quoted, 0, bytes, 1, quoted.length);
            bytes[bytes.length - 1] = '"';
            inserts.add(new Insert((int) (span >>> 32), (int) (long) span, bytes, null, null));
        }
        for (Map.Entry<String, String> e : edits.arrayAppends().entrySet()) {
            Integer at = spans.rootArrayEnd(e.getKey());
            if (at == null) {
                return null;
            }
            byte[] element = e.getValue().getBytes(StandardCharsets.UTF_8);
            boolean comma = JsonSplicer.hadEntries(original, at);
            byte[] bytes = new byte[element.length + (comma ? 1 : 0)];
            if (comma) {
                bytes[0] = ',';
            }
            System.arraycopy(element, 0, bytes, comma ? 1 : 0, element.length);
            inserts.add(new Insert(at, at, bytes, memberName(e.getKey()), null));
        }
        if (!edits.rootMembers().isEmpty()) {
            int at = spans.rootEnd();
            if (at < 0) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JsonSplicer.writeRootMembers(out, edits, JsonSplicer.hadEntries(original, at));
            inserts.add(new Insert(at, at, out.toByteArray(), null, Set.copyOf(edits.rootMembers().keySet())));
        }
        return inserts;
    }

    /** The root member a pointer like {@code /tools} names (JSON Pointer escapes undone). */
    private static String memberName(String pointer) {
        return JsonPointer.compile(pointer).getMatchingProperty();
    }
}
