package ai.headroom.core.compress.diff;

/** Classifies the lines inside a hunk by their prefix column(s), one column per parent. */
final class BodyLine {

    /** Unchanged in every parent (an empty line counts: some tools strip the trailing space). */
    static final int CONTEXT = 0;
    /** Present in the result but missing from at least one parent. */
    static final int ADDED = 1;
    /** Present in at least one parent but gone from the result. */
    static final int REMOVED = 2;
    /** {@code \ No newline at end of file}: belongs to the line before it. */
    static final int NO_NEWLINE = 3;
    /** Not a hunk line at all. */
    static final int FOREIGN = -1;

    private BodyLine() {}

    static int kind(String line, int parents) {
        if (line.isEmpty()) {
            return CONTEXT;
        }
        if (line.charAt(0) == '\\') {
            return NO_NEWLINE;
        }
        if (line.length() < parents) {
            return FOREIGN;
        }
        boolean plus = false;
        boolean minus = false;
        for (int p = 0; p < parents; p++) {
            switch (line.charAt(p)) {
                case '+' -> plus = true;
                case '-' -> minus = true;
                case ' ' -> { }
                default -> {
                    return FOREIGN;
                }
            }
        }
        if (minus) {
            return plus ? FOREIGN : REMOVED;
        }
        return plus ? ADDED : CONTEXT;
    }

    /**
     * True when a line of the given kind exists in parent {@code p}: a {@code -} column means it was there and
     * is gone from the result; a space means it is in that parent unless the line was removed (then it is in
     * neither).
     */
    static boolean inParent(String line, int p, int kind) {
        if (line.isEmpty()) {
            return true;
        }
        char c = line.charAt(p);
        return c == '-' || c == ' ' && kind != REMOVED;
    }

    /** True when the line exists in the result (no column says {@code -}). */
    static boolean inResult(String line, int parents) {
        return kind(line, parents) != REMOVED;
    }
}
