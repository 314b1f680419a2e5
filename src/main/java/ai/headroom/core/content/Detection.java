package ai.headroom.core.content;

import java.util.Objects;

/**
 * What the router decided a piece of text is.
 *
 * @param kind       the content kind
 * @param language   for {@link ContentKind#CODE}: "python", "javascript", "typescript", "go", "rust",
 *                   "java", "c", "cpp" (or "" when unknown); "" for every other kind
 * @param confidence 0..1, how sure the router is; callers treat below 0.5 as TEXT
 */
public record Detection(ContentKind kind, String language, double confidence) {
    public Detection {
        Objects.requireNonNull(kind, "kind");
        language = language == null ? "" : language;
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
        }
    }

    public static Detection of(ContentKind kind) {
        return new Detection(kind, "", 1.0);
    }
}
