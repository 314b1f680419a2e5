package ai.headroom.core;

import ai.headroom.core.cache.PrefixReport;
import ai.headroom.core.cache.VolatileValue;
import ai.headroom.core.content.ContentKind;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What compression did to a request.
 *
 * <p>Token figures and the cache report are computed on first use, not on the request path: counting
 * 100 KB exactly costs more than compressing it, and a proxy needs both only after the request has gone
 * upstream. The first call to an accessor computes (once; thread-safe), later calls read the result.
 */
public final class CompressionResult {

    /** Per-kind figures; {@code compressorNanos} is the time the kind's compressors took (not routing or splicing). */
    public record KindStats(int blocks, int tokensBefore, int tokensAfter, long compressorNanos) {}

    /** Token figures of a request. */
    public record TokenFigures(int before, int after, Map<ContentKind, KindStats> kinds) {}

    private final byte[] body;
    private final boolean modified;
    private final String dialect;
    private final String model;
    private final List<String> transforms;
    private final List<String> ccrHashes;
    private final int failures;
    private final boolean retrieveToolOffered;
    private final long elapsedNanos;
    private final Lazy<TokenFigures> figures;
    private final Lazy<CacheFigures> cache;

    /** What the request means for the provider's prompt cache (see {@link #volatileValues()}, {@link #prefix()}). */
    public record CacheFigures(List<VolatileValue> volatileValues, Optional<PrefixReport> prefix) {}

    public CompressionResult(byte[] body, boolean modified, String dialect, String model, List<String> transforms,
            List<String> ccrHashes, int failures, boolean retrieveToolOffered, long elapsedNanos,
            Supplier<TokenFigures> counting, Supplier<CacheFigures> cacheReport) {
        this.body = Objects.requireNonNull(body, "body");
        this.modified = modified;
        this.dialect = dialect;
        this.model = model;
        this.transforms = List.copyOf(transforms);
        this.ccrHashes = List.copyOf(ccrHashes);
        this.failures = failures;
        this.retrieveToolOffered = retrieveToolOffered;
        this.elapsedNanos = elapsedNanos;
        this.figures = new Lazy<>(counting);
        this.cache = new Lazy<>(cacheReport);
    }

    /** Values in the system prompt and tools that change between requests and so break the provider's cache. */
    public List<VolatileValue> volatileValues() {
        return cache.get().volatileValues();
    }

    /** How much of this request's prefix repeated the previous request of its session; empty on a session's first. */
    public Optional<PrefixReport> prefix() {
        return cache.get().prefix();
    }

    /** The request to forward: the very bytes passed in when {@link #modified()} is false. */
    public byte[] body() {
        return body;
    }

    public boolean modified() {
        return modified;
    }

    /** The request shape that was understood: "anthropic", "openai-chat" or "openai-responses". */
    public String dialect() {
        return dialect;
    }

    /** The model the tokens are counted for. */
    public String model() {
        return model;
    }

    /** Compressors applied, in order of first use. */
    public List<String> transforms() {
        return transforms;
    }

    /** Hashes of the originals stored for this request. */
    public List<String> ccrHashes() {
        return ccrHashes;
    }

    /** Compressors that threw or blocks cut by the deadline (each left unchanged). */
    public int failures() {
        return failures;
    }

    /**
     * True when the body's {@code tools} offer {@code headroom_retrieve} (added here or already there): only
     * then can the model call it, so only then does a proxy need to watch the response for retrieve calls.
     */
    public boolean retrieveToolOffered() {
        return retrieveToolOffered;
    }

    /** Time the request path spent compressing (token counting excluded: it is deferred). */
    public long elapsedNanos() {
        return elapsedNanos;
    }

    /** True once the token figures have been counted; lets a caller that must not wait skip them. */
    public boolean figuresReady() {
        return figures.isReady();
    }

    /** Token figures, counted now if nobody asked before. */
    public TokenFigures figures() {
        return figures.get();
    }

    /** Tokens of the request's text content (tool results, user text, system) before compression. */
    public int tokensBefore() {
        return figures().before();
    }

    public int tokensAfter() {
        return figures().after();
    }

    public int tokensSaved() {
        return tokensBefore() - tokensAfter();
    }

    /** Per content kind: blocks considered and their tokens before/after. */
    public Map<ContentKind, KindStats> kinds() {
        return figures().kinds();
    }

    /** tokens after / tokens before (1.0 when nothing was counted). */
    public double compressionRatio() {
        int before = tokensBefore();
        return before == 0 ? 1.0 : (double) tokensAfter() / before;
    }
}
