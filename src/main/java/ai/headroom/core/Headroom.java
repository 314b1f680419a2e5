package ai.headroom.core;

import ai.headroom.core.ccr.CcrStore;
import ai.headroom.core.ccr.InfinispanCcrStore;
import ai.headroom.core.compress.Compressor;
import ai.headroom.core.compress.Compressors;
import ai.headroom.core.content.ContentKind;
import ai.headroom.core.content.ContentRouter;
import ai.headroom.core.pipeline.CompressionPipeline;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Headroom as a library: compress an LLM request, retrieve what was compressed away.
 *
 * <pre>{@code
 * CompressionResult r = Headroom.compress(requestJson, "claude-sonnet-4-5");
 * try (Headroom h = Headroom.builder().settings(Settings.defaults()).build()) { h.compress(...); }
 * }</pre>
 * Instances are thread-safe and meant to be shared; {@link #close()} releases the store.
 */
public final class Headroom implements AutoCloseable {

    /** Default bound of the embedded store. */
    public static final long DEFAULT_STORE_BYTES = 256L * 1024 * 1024;

    private static volatile Headroom shared;

    private final Settings settings;
    private final CcrStore store;
    private final CompressionPipeline pipeline;

    private Headroom(Settings settings, CcrStore store, CompressionPipeline pipeline) {
        this.settings = settings;
        this.store = store;
        this.pipeline = pipeline;
    }

    /** Compresses a request body (either provider's JSON) with a shared default instance. */
    public static CompressionResult compress(String requestJson, String model) {
        return shared().compress(new CompressionRequest(
                requestJson.getBytes(StandardCharsets.UTF_8), model, null, "local"));
    }

    /** The process-wide default instance: default settings, embedded in-memory store. */
    public static Headroom shared() {
        Headroom h = shared;
        if (h == null) {
            synchronized (Headroom.class) {
                h = shared;
                if (h == null) {
                    h = builder().build();
                    shared = h;
                }
            }
        }
        return h;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Compresses one request; throws {@link InvalidRequestException} only for input that is not a request. */
    public CompressionResult compress(CompressionRequest request) {
        return pipeline.compress(request);
    }

    /**
     * Compresses one request under other settings than this instance's (a request's own {@code config},
     * see {@link RequestConfig}); the store and compressors are shared. Decisions are remembered per
     * settings fingerprint, so they never cross settings that change compressed bytes.
     */
    public CompressionResult compress(CompressionRequest request, Settings settings) {
        return pipeline.compress(request, Objects.requireNonNull(settings, "settings"));
    }

    /** The original a marker points at, if this tenant stored it and it has not expired. */
    public Optional<String> retrieve(String tenant, String hash) {
        return store.get(tenant, hash);
    }

    public Settings settings() {
        return settings;
    }

    public CcrStore store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
    }

    /** Assembles a {@link Headroom}; every part has a default. */
    public static final class Builder {
        private Settings settings = Settings.defaults();
        private CcrStore store;
        private ContentRouter router = new ContentRouter();
        private final Map<ContentKind, Compressor> compressors = Compressors.defaults();

        public Builder settings(Settings value) {
            settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        public Builder store(CcrStore value) {
            store = Objects.requireNonNull(value, "store");
            return this;
        }

        public Builder router(ContentRouter value) {
            router = Objects.requireNonNull(value, "router");
            return this;
        }

        /** Uses {@code compressor} for its kind, replacing the built-in one. */
        public Builder compressor(Compressor compressor) {
            compressors.put(compressor.kind(), compressor);
            return this;
        }

        /** No compressor for this kind: its blocks pass through. */
        public Builder withoutCompressor(ContentKind kind) {
            compressors.remove(kind);
            return this;
        }

        public Headroom build() {
            CcrStore s = store != null ? store : InfinispanCcrStore.inMemory(settings.ccrTtl(), DEFAULT_STORE_BYTES);
            return new Headroom(settings, s, new CompressionPipeline(settings, s, router, compressors));
        }
    }
}
