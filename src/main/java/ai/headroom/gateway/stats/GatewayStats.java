package ai.headroom.gateway.stats;

import ai.headroom.core.CompressionResult;
import ai.headroom.core.content.ContentKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what the proxy did, twice: as Prometheus meters for {@code /metrics} and as totals for {@code /stats}.
 * Thread-safe.
 */
@ApplicationScoped
public class GatewayStats {

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> requests = new ConcurrentHashMap<>();
    private final Map<String, Counter> requestCounters = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    private final Map<ContentKind, long[]> kinds = new ConcurrentHashMap<>();
    private final AtomicLong tokensBefore = new AtomicLong();
    private final AtomicLong tokensAfter = new AtomicLong();
    private final AtomicLong cacheRead = new AtomicLong();
    private final AtomicLong cacheCreation = new AtomicLong();
    private final AtomicLong retrieveRounds = new AtomicLong();
    private final Map<String, AtomicLong> volatileKinds = new ConcurrentHashMap<>();
    private final AtomicLong prefixCompared = new AtomicLong();
    private final AtomicLong prefixBytesRepeated = new AtomicLong();
    private final AtomicLong prefixBytesPrevious = new AtomicLong();

    @Inject
    public GatewayStats(MeterRegistry registry) {
        this.registry = registry;
    }

    public void request(String route) {
        requests.computeIfAbsent(route, k -> new AtomicLong()).incrementAndGet();
        // Looked up once per route: the registry builds and sorts an id on every lookup (on the event loop here).
        requestCounters.computeIfAbsent(route, r -> registry.counter("headroom_requests", "route", r)).increment();
    }

    public void failure(String reason) {
        failures.computeIfAbsent(reason, k -> new AtomicLong()).incrementAndGet();
        registry.counter("headroom_compression_failures", "reason", reason).increment();
    }

    public void compressed(CompressionResult result) {
        // CacheAligner findings: values in the system prompt or tools that change between requests.
        result.volatileValues().forEach(v -> volatileKinds.computeIfAbsent(v.kind().name().toLowerCase(
                java.util.Locale.ROOT), k -> new AtomicLong()).incrementAndGet());
        result.prefix().ifPresent(p -> {
            prefixCompared.incrementAndGet();
            prefixBytesRepeated.addAndGet(p.identicalBytes());
            prefixBytesPrevious.addAndGet(p.previousBytes());
            registry.summary("headroom_prefix_stable_ratio").record(p.ratio());
        });
        tokensBefore.addAndGet(result.tokensBefore());
        tokensAfter.addAndGet(result.tokensAfter());
        result.kinds().forEach((kind, s) -> {
            long[] totals = kinds.computeIfAbsent(kind, k -> new long[3]);
            synchronized (totals) {
                totals[0] += s.blocks();
                totals[1] += s.tokensBefore();
                totals[2] += s.tokensAfter();
            }
            String tag = kind.name().toLowerCase(java.util.Locale.ROOT);
            registry.counter("headroom_tokens_before", "kind", tag).increment(s.tokensBefore());
            registry.counter("headroom_tokens_after", "kind", tag).increment(s.tokensAfter());
        });
    }

    public void retrieveRound() {
        retrieveRounds.incrementAndGet();
        registry.counter("headroom_retrieve_rounds").increment();
    }

    /**
     * Reads provider cache figures from a {@code usage} object: Anthropic's {@code cache_read_input_tokens} /
     * {@code cache_creation_input_tokens}, OpenAI's {@code prompt_tokens_details.cached_tokens} (chat) and
     * {@code input_tokens_details.cached_tokens} (responses).
     */
    public void usage(JsonNode usage) {
        if (usage == null || !usage.isObject()) {
            return;
        }
        long read = usage.path("cache_read_input_tokens").asLong(0)
                + usage.path("prompt_tokens_details").path("cached_tokens").asLong(0)
                + usage.path("input_tokens_details").path("cached_tokens").asLong(0);
        long created = usage.path("cache_creation_input_tokens").asLong(0);
        if (read > 0) {
            cacheRead.addAndGet(read);
            registry.counter("headroom_upstream_cache_read_tokens").increment(read);
        }
        if (created > 0) {
            cacheCreation.addAndGet(created);
            registry.counter("headroom_upstream_cache_creation_tokens").increment(created);
        }
    }

    /** The {@code /stats} document; keys sorted so it reads the same every time. */
    public ObjectNode snapshot() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ObjectNode req = root.putObject("requests");
        new TreeMap<>(requests).forEach((k, v) -> req.put(k, v.get()));
        root.put("tokens_before", tokensBefore.get());
        root.put("tokens_after", tokensAfter.get());
        root.put("tokens_saved", tokensBefore.get() - tokensAfter.get());
        ObjectNode byKind = root.putObject("tokens_saved_by_kind");
        new TreeMap<>(kinds).forEach((kind, t) -> {
            synchronized (t) {
                ObjectNode k = byKind.putObject(kind.name().toLowerCase(java.util.Locale.ROOT));
                k.put("blocks", t[0]);
                k.put("tokens_before", t[1]);
                k.put("tokens_after", t[2]);
                k.put("tokens_saved", t[1] - t[2]);
            }
        });
        root.put("cache_read_input_tokens", cacheRead.get());
        root.put("cache_creation_input_tokens", cacheCreation.get());
        root.put("retrieve_rounds", retrieveRounds.get());
        ObjectNode prefix = root.putObject("prefix_stability");
        prefix.put("requests_compared", prefixCompared.get());
        long previous = prefixBytesPrevious.get();
        prefix.put("repeated_byte_share", previous == 0 ? 1.0 : (double) prefixBytesRepeated.get() / previous);
        ObjectNode vol = root.putObject("volatile_values_in_prefix");
        new TreeMap<>(volatileKinds).forEach((k, v) -> vol.put(k, v.get()));
        ObjectNode fail = root.putObject("failures");
        new TreeMap<>(failures).forEach((k, v) -> fail.put(k, v.get()));
        return root;
    }
}
