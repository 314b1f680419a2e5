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
 */
record BlockOutcome(String text, boolean lossy, List<String> transforms, ContentKind kind, int failures) {

    static BlockOutcome unchanged(String text, ContentKind kind, int failures) {
        return new BlockOutcome(text, false, List.of(), kind, failures);
    }
}
