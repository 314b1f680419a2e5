package ai.headroom.gateway.config;

import ai.headroom.core.Settings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The proxy's settings under {@code headroom.*}; the CLI sets the same names as system properties.
 */
@ConfigMapping(prefix = "headroom")
public interface GatewayConfig {

    /** Base URL of the Anthropic API (no trailing {@code /v1}). */
    @WithDefault("https://api.anthropic.com")
    String anthropicApiUrl();

    /** Base URL of the OpenAI API; a trailing {@code /v1} is tolerated. */
    @WithDefault("https://api.openai.com")
    String openaiApiUrl();

    /** When set, callers must send it in {@code x-headroom-token}; it is never forwarded upstream. */
    Optional<String> proxyToken();

    /** Soft per-request compression budget handed to the core: blocks not reached by then stay as they are. */
    @WithDefault("50ms")
    Duration compressionDeadline();

    /**
     * Hard bound on how long a request waits for compression before its original bytes are forwarded
     * (the core's deadline is cooperative; this one is not).
     */
    @WithDefault("250ms")
    Duration compressionTimeout();

    /** Upstream idle timeout: no byte for this long means the upstream hangs (504 before headers). */
    @WithDefault("600s")
    Duration upstreamTimeout();

    /** Upstream connect timeout. */
    @WithDefault("10s")
    Duration upstreamConnectTimeout();

    /** Largest request body accepted on the provider routes (413 above it). */
    @WithDefault("104857600")
    long maxBodyBytes();

    /** How many rounds of {@code headroom_retrieve} the proxy answers itself per request. */
    @WithDefault("3")
    int maxRetrieveRounds();

    /**
     * Values in the system prompt that change every request (env HEADROOM_CACHE_ALIGN): {@code report} them
     * in /stats and the logs, or {@code move} their lines to a reminder at the end of the last user message.
     */
    @WithDefault("report")
    Settings.CacheAlign cacheAlign();

    /** A token-classifier model directory for Kompress (env HEADROOM_KOMPRESS_MODEL_DIR); absent: TextCrusher. */
    Optional<Path> kompressModelDir();

    /** The CCR store. */
    Ccr ccr();

    /** The circuit breaker that stops compressing after repeated failures. */
    Breaker breaker();

    /** CCR store settings. */
    interface Ccr {
        /** {@code memory} (embedded Infinispan, the default) or {@code redis} (with {@code quarkus.redis.hosts}). */
        @WithDefault("memory")
        String store();

        /** How long originals stay retrievable. */
        @WithDefault("30m")
        Duration ttl();

        /** How long a Redis call may take before the store counts as down (then: lossless-only compression). */
        @WithDefault("2s")
        Duration redisTimeout();

        /** Bound of the embedded store in bytes. */
        @WithDefault("268435456")
        long maxBytes();
    }

    /** Circuit breaker settings (SmallRye Fault Tolerance semantics). */
    interface Breaker {
        /** Rolling window of compressions the failure ratio is computed over. */
        @WithDefault("20")
        int requestVolume();

        /** Share of failures in the window that opens the breaker. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long the breaker stays open before letting a trial compression through. */
        @WithName("delay")
        @WithDefault("30s")
        Duration delay();
    }
}
