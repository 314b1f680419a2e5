package ai.headroom.core.content;

/**
 * Finds where a JSON value that starts at a given bracket ends, by matching brackets outside strings.
 * It gives up at the first character JSON cannot hold outside a string, so false starts such as
 * "[INFO]" cost a few characters; a shared budget bounds the total work on hostile inputs.
 */
final class JsonSpanScanner {

    private static final int MAX_DEPTH = 512;

    private long budget;

    JsonSpanScanner(long budget) {
        this.budget = budget;
    }

    boolean exhausted() {
        return budget <= 0;
    }

    /** Index just past the matching close bracket of the value opening at {@code start}, or -1. */
    int endOf(String text, int start) {
        char[] stack = new char[MAX_DEPTH];
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < text.length(); i++) {
            if (--budget < 0) {
                return -1;
            }
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                } else if (c == '\n' || c == '\r') {
                    return -1; // JSON strings cannot hold raw line breaks
                }
                continue;
            }
            switch (c) {
                case '{', '[' -> {
                    if (depth == MAX_DEPTH) {
                        return -1;
                    }
                    stack[depth++] = c == '{' ? '}' : ']';
                }
                case '}', ']' -> {
                    if (depth == 0 || stack[--depth] != c) {
                        return -1;
                    }
                    if (depth == 0) {
                        return i + 1;
                    }
                }
                case '"' -> inString = true;
                default -> {
                    if (!allowedOutsideString(c)) {
                        return -1;
                    }
                }
            }
        }
        return -1;
    }

    private static boolean allowedOutsideString(char c) {
        if (Character.isWhitespace(c) || Lines.isDigit(c)) {
            return true;
        }
        return switch (c) {
            case ',', ':', '-', '+', '.', 'e', 'E', 't', 'r', 'u', 'f', 'a', 'l', 's', 'n' -> true;
            default -> false;
        };
    }
}
