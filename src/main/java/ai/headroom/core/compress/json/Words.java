package ai.headroom.core.compress.json;

import java.util.function.Consumer;

/** Splits text into lower-case words: runs of letters and digits, also split at camelCase humps. */
final class Words {

    private Words() {}

    /** Calls {@code sink} with every word of {@code text}, in order. */
    static void forEach(String text, Consumer<String> sink) {
        int n = text.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            boolean word = Character.isLetterOrDigit(c);
            if (word && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1))) {
                sink.accept(text.substring(start, i).toLowerCase(java.util.Locale.ROOT));
                start = i;
            } else if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                sink.accept(text.substring(start, i).toLowerCase(java.util.Locale.ROOT));
                start = -1;
            }
        }
    }
}
