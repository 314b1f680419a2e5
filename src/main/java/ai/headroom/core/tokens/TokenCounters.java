package ai.headroom.core.tokens;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.Locale;

/**
 * Picks a token counter for a model name.
 *
 * <p>Our own model-to-encoding table, because jtokkit's does not know newer names (gpt-4.1, gpt-5, o3,
 * o4-mini…). Claude's tokenizer is not public: Claude models get {@link ScaledCounter}, o200k counts
 * scaled by {@link #CLAUDE_RATIO}, the ratio at which Claude 3+ tokenizers are commonly reported to
 * exceed o200k on English prose and code; treat its figures as estimates.
 */
public final class TokenCounters {

    /** Claude tokens per o200k token, an estimate; see the class comment. */
    public static final double CLAUDE_RATIO = 1.15;

    private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();

    private TokenCounters() {}

    /** The counter for a model; o200k for anything unknown. */
    public static TokenCounter forModel(String model) {
        String m = model == null ? "" : model.toLowerCase(Locale.ROOT);
        int slash = m.lastIndexOf('/');
        if (slash >= 0) {
            m = m.substring(slash + 1);
        }
        if (m.startsWith("claude") || m.startsWith("anthropic")) {
            return new ScaledCounter(encoding(EncodingType.O200K_BASE), CLAUDE_RATIO, "claude-estimate");
        }
        if (m.startsWith("gpt-4o") || m.startsWith("gpt-4.1") || m.startsWith("gpt-4.5") || m.startsWith("gpt-5")
                || m.startsWith("o1") || m.startsWith("o3") || m.startsWith("o4") || m.startsWith("chatgpt")
                || m.startsWith("gpt-oss") || m.startsWith("codex")) {
            return exact(EncodingType.O200K_BASE);
        }
        if (m.startsWith("gpt-4") || m.startsWith("gpt-3.5") || m.startsWith("text-embedding")) {
            return exact(EncodingType.CL100K_BASE);
        }
        return exact(EncodingType.O200K_BASE);
    }

    private static TokenCounter exact(EncodingType type) {
        Encoding encoding = encoding(type);
        return new TokenCounter() {
            @Override
            public int count(String text) {
                return encoding.countTokensOrdinary(text);
            }

            @Override
            public String name() {
                return encoding.getName();
            }
        };
    }

    private static Encoding encoding(EncodingType type) {
        return REGISTRY.getEncoding(type);
    }
}
