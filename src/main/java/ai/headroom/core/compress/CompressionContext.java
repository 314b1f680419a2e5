package ai.headroom.core.compress;

import ai.headroom.core.ccr.CcrMarker;
import java.util.Objects;

/**
 * What a compressor may know about the block it is compressing.
 *
 * @param hash         CCR hash of the whole original block; markers point at it
 * @param query        the user's question that led to this block ("" when none); used for relevance
 * @param toolName     name of the tool that produced the block, or "" when it is not a tool result
 * @param error        true when the block is a tool result flagged as an error
 * @param lossyAllowed false when the original could not be stored: only lossless rewrites are allowed
 * @param deadlineNanos {@link System#nanoTime()} value after which a compressor should stop refining
 */
public record CompressionContext(
        String hash, String query, String toolName, boolean error, boolean lossyAllowed, long deadlineNanos) {

    public CompressionContext {
        Objects.requireNonNull(hash, "hash");
        query = query == null ? "" : query;
        toolName = toolName == null ? "" : toolName;
    }

    /** A context for compressing a free-standing text (tests, the bench, library callers). */
    public static CompressionContext of(String text, String query) {
        return new CompressionContext(CcrMarker.hashOf(text), query, "", false, true, Long.MAX_VALUE);
    }

    /** The same context with lossy changes forbidden. */
    public CompressionContext losslessOnly() {
        return new CompressionContext(hash, query, toolName, error, false, deadlineNanos);
    }

    /** Marker text for a lossy change, e.g. {@code [90 items compressed to 10. Retrieve more: hash=…]}. */
    public String marker(String summary) {
        return CcrMarker.format(summary, hash);
    }

    /** True once the deadline has passed. */
    public boolean pastDeadline() {
        return deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos > 0;
    }
}
