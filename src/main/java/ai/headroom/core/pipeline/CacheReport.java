package ai.headroom.core.pipeline;

import ai.headroom.core.cache.CacheAligner;
import ai.headroom.core.cache.PrefixFingerprint;
import ai.headroom.core.cache.PrefixReport;
import ai.headroom.core.cache.PrefixTracker;
import ai.headroom.core.cache.VolatileValue;
import ai.headroom.core.dialect.Dialect;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What a request means for the provider's prompt cache: volatile values in its system prompt and tools
 * (which break the cached prefix every time they change), and how much of its prefix repeats the
 * previous request of the same session. Reports only; it changes nothing.
 */
record CacheReport(List<VolatileValue> volatileValues, PrefixReport prefix) {

    private static final CacheAligner ALIGNER = new CacheAligner();
    private static final PrefixTracker TRACKER = new PrefixTracker(10_000);

    CacheReport() {
        this(List.of(), null);
    }

    /** Scans the request and records the body that is sent, for the next request of its session to compare. */
    CacheReport observe(String tenant, String model, JsonNode tree, Dialect dialect, byte[] sentBody) {
        try {
            List<VolatileValue> found = ALIGNER.scan(tree, dialect);
            PrefixReport report = TRACKER.observe(PrefixTracker.sessionKey(tenant, model, tree, dialect),
                    PrefixFingerprint.of(sentBody, dialect)).orElse(null);
            return new CacheReport(found, report);
        } catch (RuntimeException e) {
            return new CacheReport(List.of(), null);
        }
    }
}
