package ai.headroom.core.content;

import ai.headroom.core.json.JsonValue;
import java.util.Objects;

/**
 * One homogeneous run of a mixed block, as the router split it.
 * Concatenating the {@code text} of all sections of a block, in order, gives the block back exactly.
 *
 * @param json the text parsed as JSON when the router already parsed it to detect it, else null; lets the
 *             JSON compressor skip a second parse of the same text
 */
public record Section(Detection detection, String text, JsonValue json) {
    public Section {
        Objects.requireNonNull(detection, "detection");
        Objects.requireNonNull(text, "text");
    }

    public Section(Detection detection, String text) {
        this(detection, text, null);
    }

    public ContentKind kind() {
        return detection.kind();
    }
}
