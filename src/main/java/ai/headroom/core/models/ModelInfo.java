package ai.headroom.core.models;

import java.util.List;
import java.util.Objects;

/**
 * What Headroom knows about one model: its limits and its list prices.
 *
 * @param name          the catalog key, e.g. "claude-sonnet-4-5"
 * @param provider      "anthropic", "openai", "google", "meta", …
 * @param contextWindow input + output tokens the model accepts in one request
 * @param maxOutput     the most output tokens one request may ask for
 * @param input         USD per million input tokens
 * @param output        USD per million output tokens
 * @param cacheRead     USD per million tokens read from the provider's prompt cache
 * @param cacheWrite    USD per million tokens written to it (the input price where there is no premium)
 * @param aliases       other names that resolve to this entry (matched like the name)
 */
public record ModelInfo(String name, String provider, int contextWindow, int maxOutput, double input, double output,
        double cacheRead, double cacheWrite, List<String> aliases) {

    public ModelInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provider, "provider");
        if (contextWindow <= 0) {
            throw new IllegalArgumentException("context_window must be > 0, was " + contextWindow);
        }
        if (maxOutput <= 0 || maxOutput > contextWindow) {
            throw new IllegalArgumentException("max_output must be within 1.." + contextWindow + ", was " + maxOutput);
        }
        for (double price : new double[] {input, output, cacheRead, cacheWrite}) {
            if (!(price >= 0) || Double.isInfinite(price)) {
                throw new IllegalArgumentException("prices must be finite and >= 0, was " + price);
            }
        }
        aliases = List.copyOf(aliases);
    }

    /**
     * Tokens the prompt may use when the request asks for {@code requestedMaxTokens} of output
     * (the model's {@link #maxOutput} when the request names none, i.e. {@code <= 0}).
     */
    public int inputBudget(int requestedMaxTokens) {
        int reserve = requestedMaxTokens > 0 ? Math.min(requestedMaxTokens, contextWindow) : maxOutput;
        return Math.max(0, contextWindow - reserve);
    }

    /** USD cost of one request; {@code input} counts uncached input tokens only. */
    public double cost(long inputTokens, long outputTokens, long cacheReadTokens, long cacheWriteTokens) {
        return (inputTokens * input + outputTokens * output + cacheReadTokens * cacheRead
                + cacheWriteTokens * cacheWrite) / 1_000_000.0;
    }
}
