package ai.headroom.core.cache;

import ai.headroom.core.dialect.Dialect;
import ai.headroom.core.dialect.OpenAiResponses;
import ai.headroom.core.json.RawElements;
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
        boolean responses = dialect instanceof OpenAiResponses;
        List<String> order = responses ? List.of("tools", "instructions", "input") : List.of("tools", "system", "messages");
        RawElements.Found found = RawElements.of(body, Set.copyOf(order));
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
        // FNV-1a, 64 bits: cheap, deterministic, and collisions only cost a wrong statistic.
        long h = 0xcbf29ce484222325L;
        for (int i = span.start(); i < span.end(); i++) {
            h ^= body[i] & 0xff;
            h *= 0x100000001b3L;
        }
        return new Segment(label, h, span.length());
    }

    public long totalBytes() {
        long total = 0;
        for (Segment s : segments) {
            total += s.bytes();
        }
        return total;
    }
}
