package ai.headroom.core.tokens;

import ai.headroom.core.ccr.CcrMarker;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers token counts of large blocks by content hash: turn N+1 of a conversation repeats turn N,
 * so only the new blocks are counted. Thread-safe; bounded LRU.
 */
public final class TokenMemo {

    /** Blocks shorter than this are counted directly: hashing them would cost about as much as counting. */
    public static final int MIN_CHARS = 256;

    private final Map<String, Integer> counts;

    public TokenMemo(int capacity) {
        this.counts = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The count of {@code text} under {@code counter}; {@code hash} identifies the text (null: computed here). */
    public int count(TokenCounter counter, String text, String hash) {
        if (text.length() < MIN_CHARS) {
            return counter.count(text);
        }
        if (hash == null) {
            hash = CcrMarker.hashOf(text);
        }
        String key = counter.name() + ":" + hash;
        synchronized (counts) {
            Integer known = counts.get(key);
            if (known != null) {
                return known;
            }
        }
        int n = counter.count(text);
        synchronized (counts) {
            counts.put(key, n);
        }
        return n;
    }
}
