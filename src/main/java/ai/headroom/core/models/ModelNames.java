package ai.headroom.core.models;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reduces the many spellings of a model id to the catalog's: provider paths ({@code anthropic/…},
 * {@code models/…}), Bedrock ids ({@code us.anthropic.claude-…-v1:0}), Vertex ids ({@code claude-…@2025…})
 * and OpenRouter's dotted Claude versions ({@code claude-sonnet-4.5}).
 */
final class ModelNames {

    private static final Pattern BEDROCK_PREFIX =
            Pattern.compile("^(?:(?:us|eu|apac|global|us-gov)\\.)?(?:anthropic|meta|mistral|amazon|cohere)\\.");
    private static final Pattern BEDROCK_VERSION = Pattern.compile("-v\\d+(?::\\d+)?$");

    private ModelNames() {}

    static String normalize(String model) {
        String m = model.trim().toLowerCase(Locale.ROOT);
        int slash = m.lastIndexOf('/');
        if (slash >= 0) {
            m = m.substring(slash + 1);
        }
        m = BEDROCK_PREFIX.matcher(m).replaceFirst("");
        m = BEDROCK_VERSION.matcher(m).replaceFirst("");
        m = m.replace('@', '-');
        if (m.startsWith("meta-llama")) {
            m = m.substring("meta-".length());
        }
        if (m.startsWith("claude")) {
            // "claude-3.5-sonnet", "claude-sonnet-4.5": the API spells versions with dashes.
            m = m.replace('.', '-');
        }
        return m;
    }

    /** True when {@code key} is {@code name} or a prefix of it ending at a separator ("gpt-4o" in "gpt-4o-2024…"). */
    static boolean isPrefixAtBoundary(String key, String name) {
        if (!name.startsWith(key)) {
            return false;
        }
        if (name.length() == key.length()) {
            return true;
        }
        char next = name.charAt(key.length());
        return !Character.isLetterOrDigit(next);
    }
}
