package ai.headroom.core.cache;

import ai.headroom.core.dialect.Dialect;
import ai.headroom.core.dialect.OpenAiResponses;
import ai.headroom.core.json.RawElements;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The prefix of a request as the provider caches it — tools, then system, then each message — reduced to
 * one hash and length per part, so two requests can be compared without keeping either.
 *
 * @param segments the parts in prefix order
 */
public record PrefixFingerprint(List<Segment> segments) {

    /** One part of the prefix: {@code tools/3}, {@code system/0}, {@code messages/12}… */
    public record Segment(String label, long hash, int bytes) {}

    public PrefixFingerprint {
        segments = List.copyOf(segments);
    }

    /** The fingerprint of a request body (raw bytes: any byte that changes breaks the cache). */
    public static PrefixFingerprint of(byte[] body, Dialect dialect) {
        return of(body, dialect, null);
    }

    /**
     * Like {@link #of(byte[], Dialect)}, with the root members' positions already known ({@code found}, as
     * {@link RawElements#of} finds them; null to find them here).
     */
    public static PrefixFingerprint of(byte[] body, Dialect dialect, RawElements.Found found) {
        boolean responses = dialect instanceof OpenAiResponses;
        List<String> order = responses ? List.of("tools", "instructions", "input") : List.of("tools", "system", "messages");
        if (found == null) {
            found = RawElements.of(body, Set.copyOf(order));
        }
        List<Segment> segments = new ArrayList<>();
        for (String member : order) {
            List<RawElements.Span> elements = found.elements().get(member);
            if (elements != null) {
                for (int i = 0; i < elements.size(); i++) {
                    segments.add(segment(member + "/" + i, body, elements.get(i)));
                }
            } else if (found.values().containsKey(member)) {
                segments.add(segment(member, body, found.values().get(member)));
            }
        }
        return new PrefixFingerprint(segments);
    }

    private static Segment segment(String label, byte[] body, RawElements.Span span) {
        // Eight bytes per multiply-rotate step, then a finaliser: deterministic, several times faster than a
        // byte-wise FNV over 100 KB bodies, and a collision only costs a wrong statistic.
        long h = 0x9E3779B97F4A7C15L ^ span.length();
        int i = span.start();
        for (; i + 8 <= span.end(); i += 8) {
            h = Long.rotateLeft((h ^ (long) LONGS.get(body, i)) * 0xff51afd7ed558ccdL, 29);
        }
        for (; i < span.end(); i++) {
            h = Long.rotateLeft((h ^ (body[i] & 0xff)) * 0xc4ceb9fe1a85ec53L, 23);
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return new Segment(label, h, span.length());
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The segment with this label, or null. */
    public Segment find(String label) {
        for (Segment s : segments) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        return null;
    }

    /** One hash over the segments of the request's prompt (tools, system, instructions), for caching by prompt. */
    public long promptHash() {
        long h = 17;
        for (Segment s : segments) {
            String l = s.label();
            if (l.startsWith("tools") || l.startsWith("system") || l.startsWith("instructions")) {
                h = h * 31 + s.hash();
            }
        }
        return h;
    }

    public long totalBytes() {
        long total = 0;
        for (Segment s : segments) {
            total += s.bytes();
        }
        return total;
    }
}
