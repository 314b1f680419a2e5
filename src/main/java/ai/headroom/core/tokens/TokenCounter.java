package ai.headroom.core.tokens;

/** Counts the tokens a model would see for a text. Thread-safe. */
public interface TokenCounter {
    int count(String text);

    /** Name of the encoding or estimate, e.g. "o200k_base" or "claude-estimate". */
    String name();
}
