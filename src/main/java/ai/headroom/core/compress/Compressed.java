package ai.headroom.core.compress;

import java.util.Objects;

/**
 * What a compressor made of a block.
 *
 * @param text  the new text (the input itself when nothing changed)
 * @param lossy true when information was dropped; the text then carries a CCR marker
 */
public record Compressed(String text, boolean lossy) {
    public Compressed {
        Objects.requireNonNull(text, "text");
    }

    public static Compressed unchanged(String text) {
        return new Compressed(text, false);
    }

    public static Compressed lossless(String text) {
        return new Compressed(text, false);
    }

    public static Compressed lossy(String text) {
        return new Compressed(text, true);
    }
}
