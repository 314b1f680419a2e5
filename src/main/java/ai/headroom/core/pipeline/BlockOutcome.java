package ai.headroom.core.pipeline;

import ai.headroom.core.content.ContentKind;
import java.util.List;

/**
 * What became of one slot.
 *
 * @param text       the text to send
 * @param lossy      whether it carries a marker to an original that must be stored
 * @param transforms compressors that changed it
 * @param kind       the slot's dominant content kind (by characters)
 * @param failures   compressors that threw or broke their contract on it
 * @param compressorNanos time spent in compressors on it (0 when a remembered decision was reused)
 */
record BlockOutcome(String text, boolean lossy, List<String> transforms, ContentKind kind, int failures,
        long compressorNanos) {

    BlockOutcome(String text, boolean lossy, List<String> transforms, ContentKind kind, int failures) {
        this(text, lossy, transforms, kind, failures, 0);
    }

    static BlockOutcome unchanged(String text, ContentKind kind, int failures) {
        return unchanged(text, kind, failures, 0);
    }

    static BlockOutcome unchanged(String text, ContentKind kind, int failures, long compressorNanos) {
        return new BlockOutcome(text, false, List.of(), kind, failures, compressorNanos);
    }
}
