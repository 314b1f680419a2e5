package ai.headroom.core.cache;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the prefix fingerprint of each session's last request and reports how much of it the next
 * request repeated — the share the provider can serve from its prompt cache. Bounded LRU; thread-safe.
 */
public final class PrefixTracker {

    private final Map<String, PrefixFingerprint> sessions;

    public PrefixTracker(int maxSessions) {
        if (maxSessions <= 0) {
            throw new IllegalArgumentException("maxSessions must be > 0, was " + maxSessions);
        }
        this.sessions = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PrefixFingerprint> eldest) {
                return size() > maxSessions;
            }
        };
    }

    /**
     * The session a request belongs to: tenant, model and the first part of its prompt (the first system
     * block, the instructions, else the first message), which stays put while a conversation grows.
     */
    public static String sessionKey(String tenant, String model, PrefixFingerprint request) {
        for (String label : SESSION_LABELS) {
            PrefixFingerprint.Segment first = request.find(label);
            if (first != null) {
                return tenant + "|" + model + "|" + Long.toHexString(first.hash());
            }
        }
        return tenant + "|" + model + "|";
    }

    private static final List<String> SESSION_LABELS = List.of("system/0", "system", "instructions", "messages/0", "input/0");

    /** Records {@code current} for the session; compares it with the previous one, empty on first sight. */
    public Optional<PrefixReport> observe(String sessionKey, PrefixFingerprint current) {
        PrefixFingerprint previous;
        synchronized (sessions) {
            previous = sessions.put(sessionKey, current);
        }
        return previous == null ? Optional.empty() : Optional.of(compare(previous, current));
    }

    /** The leading run of identical segments of {@code current} against {@code previous}. */
    public static PrefixReport compare(PrefixFingerprint previous, PrefixFingerprint current) {
        List<PrefixFingerprint.Segment> before = previous.segments();
        List<PrefixFingerprint.Segment> now = current.segments();
        int same = 0;
        long bytes = 0;
        while (same < before.size() && same < now.size() && before.get(same).equals(now.get(same))) {
            bytes += before.get(same).bytes();
            same++;
        }
        String firstChange = same < before.size() ? before.get(same).label() : "";
        return new PrefixReport(same, before.size(), bytes, previous.totalBytes(), firstChange);
    }

    public int size() {
        synchronized (sessions) {
            return sessions.size();
        }
    }
}
