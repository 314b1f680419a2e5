package ai.headroom.core.compress.kompress;

/**
 * Recognises words a reader cannot reconstruct once dropped: numbers, hex ids, paths, URLs,
 * CamelCase and ACRONYMS, command-line flags, dotted and snake_case names, variables and mentions.
 *
 * <p>Char scans only, no regex: it runs on every word of every prose block.
 */
final class MustKeep {

    private static final String EDGE_PUNCTUATION = "\"'`()[]{}<>,;:!?.…“”‘’*";

    private MustKeep() {}

    /** True when {@code word} (a whitespace-free token, punctuation around it allowed) must survive. */
    static boolean matches(String word) {
        String core = trim(word);
        if (core.isEmpty()) {
            return false;
        }
        if (core.contains("://") || core.startsWith("www.")) {
            return true;
        }
        char first = core.charAt(0);
        if (isFlag(core) || (first == '$' || first == '@' || first == '#') && core.length() > 1
                || first == '~' || word.startsWith("`")) {
            return true;
        }
        return hasStructure(core) || isHexId(core);
    }

    /** "-v", "--force", "--dry-run". */
    private static boolean isFlag(String core) {
        int dashes = 0;
        while (dashes < 2 && dashes < core.length() && core.charAt(dashes) == '-') {
            dashes++;
        }
        return dashes > 0 && dashes < core.length() && Character.isLetter(core.charAt(dashes));
    }

    /** Digits, path separators, inner dots/underscores/equals signs, or capitals after the first letter. */
    private static boolean hasStructure(String core) {
        int upperAfterFirst = 0;
        int letters = 0;
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (Character.isDigit(c) || c == '/' || c == '\\' || c == '=' || c == '|') {
                return true;
            }
            boolean inner = i > 0 && i < core.length() - 1;
            if (inner && (c == '_' || c == '.') && Character.isLetterOrDigit(core.charAt(i - 1))
                    && Character.isLetterOrDigit(core.charAt(i + 1)) && (c == '_' || dottedName(core))) {
                return true;
            }
            if (Character.isLetter(c)) {
                letters++;
                if (i > 0 && Character.isUpperCase(c)) {
                    upperAfterFirst++;
                }
            }
        }
        // "HashMap", "getUser", "iPhone", "API", "HTTP": any capital after the first letter.
        return letters > 1 && upperAfterFirst > 0;
    }

    /** "java.util.List" and "app.yaml" are names; "e.g" and "i.e" (parts of one letter) are not. */
    private static boolean dottedName(String core) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < core.length(); i++) {
            run = core.charAt(i) == '.' ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        return longest >= 2;
    }

    /** Letter-only hex of 8+ chars ("deadbeef"); shorter runs are too often English ("decade", "faced"). */
    private static boolean isHexId(String core) {
        if (core.length() < 8) {
            return false;
        }
        for (int i = 0; i < core.length(); i++) {
            if (Character.digit(core.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String trim(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && EDGE_PUNCTUATION.indexOf(word.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && EDGE_PUNCTUATION.indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(start, end);
    }
}
