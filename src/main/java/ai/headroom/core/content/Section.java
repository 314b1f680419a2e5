package ai.headroom.core.content;

import java.util.Objects;

/**
 * One homogeneous run of a mixed block, as the router split it.
 * Concatenating the {@code text} of all sections of a block, in order, gives the block back exactly.
 */
public record Section(Detection detection, String text) {
    public Section {
        Objects.requireNonNull(detection, "detection");
        Objects.requireNonNull(text, "text");
    }

    public ContentKind kind() {
        return detection.kind();
    }
}
