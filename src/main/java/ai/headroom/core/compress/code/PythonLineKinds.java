package ai.headroom.core.compress.code;

/** What a Python logical line starts with, read from its first token: the kinds the skimmer tells apart. */
final class PythonLineKinds {

    /** What a logical line starts with: the skimmer needs only these. */
    static final byte PLAIN = 0;
    static final byte DEF = 1;
    static final byte CLASS = 2;
    static final byte DECORATOR = 3;
    /** elif, else, except, finally, case: a clause continuing the compound statement above it. */
    static final byte CLAUSE = 4;
    static final byte STRING = 5;

    private PythonLineKinds() {}

    /** What the logical line starting at {@code i} opens with. */
    static byte at(byte[] s, int i) {
        byte b = s[i];
        if (b == '@') {
            return DECORATOR;
        }
        if (b == '\'' || b == '"') {
            return STRING;
        }
        int wordEnd = wordEnd(s, i);
        int length = wordEnd - i;
        if (length == 0) {
            return PLAIN;
        }
        if (wordEnd < s.length && (s[wordEnd] == '\'' || s[wordEnd] == '"') && isPrefix(s, i, length)) {
            return STRING; // a prefixed string: r"", rb'', f"""…
        }
        if (is(s, i, length, "def")) {
            return DEF;
        }
        if (is(s, i, length, "class")) {
            return CLASS;
        }
        if (is(s, i, length, "async")) {
            int next = wordEnd;
            while (next < s.length && s[next] == ' ') {
                next++;
            }
            return next > wordEnd && is(s, next, wordEnd(s, next) - next, "def") ? DEF : PLAIN;
        }
        return is(s, i, length, "elif") || is(s, i, length, "else") || is(s, i, length, "except")
                || is(s, i, length, "finally") || is(s, i, length, "case") ? CLAUSE : PLAIN;
    }

    private static boolean isPrefix(byte[] s, int i, int length) {
        for (int k = i; k < i + length; k++) {
            if ("rRbBuUfFtT".indexOf(s[k]) < 0) {
                return false;
            }
        }
        return length <= 2;
    }

    private static int wordEnd(byte[] s, int i) {
        int n = s.length;
        while (i < n) {
            byte b = s[i];
            if (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_' || b < 0) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean is(byte[] s, int i, int length, String word) {
        if (length != word.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (s[i + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
