package ai.headroom.core.context;

import java.util.Objects;

/**
 * The result of {@link IntelligentContext#fit}: a new {@code messages} / {@code input} array and what it left out.
 *
 * <p>Apply it with {@code edits.replaceRaw(cut.pointer(), cut.rawArray())} and store {@link #droppedJson()}
 * under {@link #hash()} before forwarding, like any other CCR original.
 *
 * @param pointer      the array replaced: {@code /messages} or {@code /input}
 * @param rawArray     the new array as JSON text; every kept element is byte-identical to the request's
 * @param droppedJson  the dropped elements as a JSON array text, exactly as the client sent them
 * @param hash         CCR hash of {@code droppedJson}, named in the marker
 * @param droppedCount number of messages (or input items) dropped
 * @param tokensBefore estimated prompt tokens before the cut
 * @param tokensAfter  estimated prompt tokens after the cut
 * @param fits         whether {@code tokensAfter} is within the budget (false: the best that could be done)
 */
public record ContextCut(String pointer, String rawArray, String droppedJson, String hash, int droppedCount,
        int tokensBefore, int tokensAfter, boolean fits) {

    public ContextCut {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(rawArray, "rawArray");
        Objects.requireNonNull(droppedJson, "droppedJson");
        Objects.requireNonNull(hash, "hash");
        if (droppedCount <= 0) {
            throw new IllegalArgumentException("a cut drops at least one message, was " + droppedCount);
        }
    }
}
