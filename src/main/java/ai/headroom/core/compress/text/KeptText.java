package ai.headroom.core.compress.text;

import java.util.List;

/** Joins the kept units in order: original whitespace between neighbours, else a space, a newline or a blank line. */
final class KeptText {

    private KeptText() {}

    /** The kept units of {@code text}, then {@code tail}; sized exactly first, so the buffer is never copied to grow. */
    static String render(String text, List<Unit> units, boolean[] keep, String tail) {
        int length = tail.length();
        Unit prev = null;
        for (int i = 0; i < units.size(); i++) {
            if (keep[i]) {
                Unit u = units.get(i);
                if (prev != null) {
                    String separator = separator(text, prev, u);
                    length += separator == null ? u.start() - prev.end() : separator.length();
                }
                length += u.end() - u.start();
                prev = u;
            }
        }
        StringBuilder out = new StringBuilder(length);
        prev = null;
        for (int i = 0; i < units.size(); i++) {
            if (keep[i]) {
                Unit u = units.get(i);
                if (prev != null) {
                    String separator = separator(text, prev, u);
                    if (separator == null) {
                        out.append(text, prev.end(), u.start());
                    } else {
                        out.append(separator);
                    }
                }
                out.append(text, u.start(), u.end());
                prev = u;
            }
        }
        return out.append(tail).toString();
    }

    /** What goes between two kept units; null for the original whitespace when only whitespace lies between them. */
    private static String separator(String text, Unit prev, Unit next) {
        if (blank(text, prev.end(), next.start())) {
            return null;
        }
        if (prev.block() == next.block()) {
            return " ";
        }
        if (!lineLike(prev) || !lineLike(next)) {
            return "\n\n";
        }
        // Between list items and table rows, keep the list tight unless the original had a blank line here.
        int newlines = 0;
        for (int k = next.start() - 1; k >= 0 && Character.isWhitespace(text.charAt(k)); k--) {
            newlines += text.charAt(k) == '\n' ? 1 : 0;
        }
        return newlines >= 2 ? "\n\n" : "\n";
    }

    private static boolean blank(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean lineLike(Unit u) {
        return u.kind() == Unit.Kind.LIST_ITEM || u.kind() == Unit.Kind.VERBATIM;
    }
}
