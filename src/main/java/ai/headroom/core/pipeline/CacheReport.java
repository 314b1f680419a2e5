package ai.headroom.core.pipeline;

import ai.headroom.core.cache.CacheAligner;
import ai.headroom.core.cache.PrefixFingerprint;
import ai.headroom.core.cache.PrefixReport;
import ai.headroom.core.cache.PrefixTracker;
import ai.headroom.core.cache.VolatileValue;
import ai.headroom.core.dialect.Dialect;
import ai.headroom.core.json.RawElements;
import com.fasterxml.jackson.databind.JsonNode;
import ai.headroom.core.CompressionResult.CacheFigures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a request means for the provider's prompt cache: volatile values in its system prompt and tools
 * (which break the cached prefix every time they change), and how much of its prefix repeats the
 * previous request of the same session. Reports only; it changes nothing.
 */
final class CacheReport {

    private final CacheAligner aligner = new CacheAligner();
    private final PrefixTracker tracker = new PrefixTracker(10_000);
    /**
     * Findings by content of system prompt + tools: agents resend the same ones every turn (Claude Code's
     * tools are ~60 KB), so each distinct prompt is scanned once. A hash collision would only misreport.
     */
    private final Map<String, List<VolatileValue>> scanned = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<VolatileValue>> eldest) {
            return size() > 1_000;
        }
    };

    /**
     * Scans the request and records the body that is sent, for the next request of its session to compare;
     * {@code sentMembers}: where the sent body's root members sit, when the splice knows (else null).
     */
    CacheFigures observe(String tenant, String model, JsonNode tree, Dialect dialect, byte[] sentBody,
            RawElements.Found sentMembers) {
        try {
            // The sent bytes of tools and system are a deterministic function of the client's: key on them.
            PrefixFingerprint fingerprint = PrefixFingerprint.of(sentBody, dialect, sentMembers);
            String key = dialect.name() + ":" + Long.toHexString(fingerprint.promptHash());
            List<VolatileValue> found;
            synchronized (scanned) {
                found = scanned.get(key);
            }
            if (found == null) {
                found = List.copyOf(aligner.scan(tree, dialect));
                synchronized (scanned) {
                    scanned.put(key, found);
                }
            }
            Optional<PrefixReport> report = tracker.observe(PrefixTracker.sessionKey(tenant, model, fingerprint),
                    fingerprint);
            return new CacheFigures(found, report);
        } catch (RuntimeException e) {
            return new CacheFigures(List.of(), Optional.empty());
        }
    }
}
