package ai.headroom.core.compress.code;

import java.util.Arrays;

/**
 * The tokens of a brace-delimited source, lexed just well enough to match brackets: strings, characters,
 * comments, regular expressions, template literals and preprocessor lines are single tokens, so brackets
 * inside them do not count. Rows and byte offsets are those of the UTF-8 source.
 */
final class BraceTokens {

    static final int WORD = 0;
    static final int NUMBER = 1;
    static final int STRING = 2;
    static final int COMMENT = 3;
    static final int PUNCT = 4;
    static final int OPEN = 5;
    static final int CLOSE = 6;
    /** A whole C or C++ preprocessor line, continuation lines included. */
    static final int DIRECTIVE = 7;

    private final CodeLanguage language;
    private final byte[] src;
    private int count;
    private int[] kinds = new int[256];
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private int[] startRows = new int[256];
    private int[] endRows = new int[256];
    /** For an opener its closer and back; -1 elsewhere. */
    private int[] partners = new int[256];
    /** Directives among the tokens before each one. */
    private int[] directives = new int[256];
    private int directiveCount;
    private int[] stack = new int[64];
    private int depth;
    /** Marks openers that are a template literal's {@code ${}: their closer resumes the template's text. */
    private boolean[] templateOpeners = new boolean[256];
    private int pos;
    private int row;

    private BraceTokens(CodeLanguage language, byte[] src) {
        this.language = language;
        this.src = src;
    }

    /** The tokens of {@code src}; null when it does not lex (an unterminated string, unbalanced brackets). */
    static BraceTokens lex(CodeLanguage language, byte[] src) {
        BraceTokens tokens = new BraceTokens(language, src);
        return tokens.run() ? tokens : null;
    }

    int count() {
        return count;
    }

    int kind(int token) {
        return kinds[token];
    }

    int start(int token) {
        return starts[token];
    }

    int end(int token) {
        return ends[token];
    }

    int startRow(int token) {
        return startRows[token];
    }

    int endRow(int token) {
        return endRows[token];
    }

    /** How many preprocessor directives come before the token: a count, so "any between two tokens" costs nothing. */
    int directivesBefore(int token) {
        return directives[token];
    }

    /** The matching closer of an opener, or opener of a closer. */
    int partner(int token) {
        return partners[token];
    }

    /** True for an opening brace, the one kind of bracket whose inside may be blanked. */
    boolean isBrace(int token) {
        return kinds[token] == OPEN && src[starts[token]] == '{' && !templateOpeners[token];
    }

    /** True when the token's text is exactly {@code text} (ASCII). */
    boolean is(int token, String text) {
        int start = starts[token];
        if (ends[token] - start != text.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (src[start + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The first byte of the token. */
    byte first(int token) {
        return src[starts[token]];
    }

    private boolean run() {
        boolean c = language == CodeLanguage.C || language == CodeLanguage.CPP;
        boolean js = language == CodeLanguage.JAVASCRIPT || language == CodeLanguage.TYPESCRIPT;
        if (js && src.length > 1 && src[0] == '#' && src[1] == '!') {
            skipLine(); // a hashbang line
        }
        boolean lineStart = true;
        while (pos < src.length) {
            byte b = src[pos];
            if (b == '\n') {
                row++;
                pos++;
                lineStart = true;
                continue;
            }
            if (b == ' ' || b == '\t' || b == '\r' || b == '\f') {
                pos++;
                continue;
            }
            int start = pos;
            int startRow = row;
            boolean ok;
            if (c && lineStart && b == '#') {
                ok = directive();
                add(DIRECTIVE, start, startRow);
            } else if (b == '/' && peek(1) == '/') {
                skipLine();
                add(COMMENT, start, startRow);
                ok = true;
            } else if (b == '/' && peek(1) == '*') {
                ok = blockComment();
                add(COMMENT, start, startRow);
            } else {
                ok = token(b, start, startRow, js);
            }
            if (!ok) {
                return false;
            }
            lineStart = false;
        }
        return depth == 0;
    }

    private boolean token(byte b, int start, int startRow, boolean js) {
        if (b == '(' || b == '[' || b == '{') {
            pos++;
            return open(start, startRow, false);
        }
        if (b == ')' || b == ']' || b == '}') {
            pos++;
            return close(b, start, startRow);
        }
        if (b == '"' || b == '\'' && language != CodeLanguage.RUST || b == '`' && language == CodeLanguage.GO) {
            boolean ok = quoted(b);
            add(STRING, start, startRow);
            return ok;
        }
        if (b == '`' && js) {
            pos++;
            return template(start, startRow);
        }
        if (b == '\'') {
            return rustQuote(start, startRow);
        }
        if (b >= '0' && b <= '9' || b == '.' && isDigit(peek(1))) {
            number();
            add(NUMBER, start, startRow);
            return true;
        }
        if (isWordByte(b) || b == '#' && js) {
            pos++;
            while (pos < src.length && isWordByte(src[pos])) {
                pos++;
            }
            if (pos < src.length && (src[pos] == '"' || src[pos] == '#')) {
                return prefixedString(start, startRow);
            }
            add(WORD, start, startRow);
            return true;
        }
        if (b == '/' && js && regexAllowed()) {
            boolean ok = regex();
            add(STRING, start, startRow);
            return ok;
        }
        pos += operatorLength();
        add(PUNCT, start, startRow);
        return true;
    }

    private boolean open(int start, int startRow, boolean template) {
        add(OPEN, start, startRow);
        templateOpeners[count - 1] = template;
        if (depth == stack.length) {
            stack = Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = count - 1;
        return true;
    }

    private boolean close(byte b, int start, int startRow) {
        if (depth == 0) {
            return false;
        }
        int opener = stack[--depth];
        byte o = src[starts[opener]];
        if (o == '(' && b != ')' || o == '[' && b != ']' || (o == '{' || o == '$') && b != '}') {
            return false;
        }
        add(CLOSE, start, startRow);
        partners[opener] = count - 1;
        partners[count - 1] = opener;
        if (templateOpeners[opener]) {
            return template(pos, row); // the template's text goes on after its substitution
        }
        return true;
    }

    /** Template text from {@code pos} up to its closing backtick or its next substitution. */
    private boolean template(int start, int startRow) {
        while (pos < src.length) {
            byte b = src[pos];
            if (b == '\\') {
                if (peek(1) == '\n') {
                    row++;
                }
                pos += 2;
            } else if (b == '`') {
                pos++;
                add(STRING, start, startRow);
                return true;
            } else if (b == '$' && peek(1) == '{') {
                if (pos > start) {
                    add(STRING, start, startRow);
                }
                int at = pos;
                int atRow = row;
                pos += 2;
                return open(at, atRow, true);
            } else {
                if (b == '\n') {
                    row++;
                }
                pos++;
            }
        }
        return false;
    }

    /** A string or character literal closed by {@code quote}; multi-line where the language allows it. */
    private boolean quoted(byte quote) {
        if (quote == '"' && language == CodeLanguage.JAVA && peek(1) == '"' && peek(2) == '"') {
            return textBlock();
        }
        boolean multiLine = quote == '`' || language == CodeLanguage.RUST;
        pos++;
        while (pos < src.length) {
            byte b = src[pos];
            if (b == '\\' && quote != '`') {
                pos++;
                if (pos < src.length && src[pos] == '\r' && peek(1) == '\n') {
                    pos++;
                }
                if (pos < src.length && src[pos] == '\n') {
                    row++;
                }
                pos++;
            } else if (b == quote) {
                pos++;
                return true;
            } else if (b == '\n') {
                if (!multiLine) {
                    return false;
                }
                row++;
                pos++;
            } else {
                pos++;
            }
        }
        return false;
    }

    private boolean textBlock() {
        pos += 3;
        while (pos < src.length) {
            byte b = src[pos];
            if (b == '\\') {
                pos++;
            } else if (b == '"' && peek(1) == '"' && peek(2) == '"') {
                pos += 3;
                return true;
            } else if (b == '\n') {
                row++;
            }
            pos++;
        }
        return false;
    }

    /** After a word: a C++ raw string ({@code R"x(…)x"}), a Rust raw or byte string, or the word alone. */
    private boolean prefixedString(int start, int startRow) {
        int prefixLength = pos - start;
        byte last = src[pos - 1];
        if (language == CodeLanguage.CPP && last == 'R' && prefixLength <= 3 && src[pos] == '"') {
            return cppRawString(start, startRow);
        }
        if (language == CodeLanguage.RUST && (last == 'r') && prefixLength <= 2) {
            return rustRawString(start, startRow);
        }
        if (src[pos] == '"' && prefixLength <= 2) {
            boolean ok = quoted((byte) '"'); // u8"…", L"…", b"…", c"…"
            add(STRING, start, startRow);
            return ok;
        }
        add(WORD, start, startRow);
        return true;
    }

    private boolean cppRawString(int start, int startRow) {
        int open = indexOf((byte) '(', pos + 1);
        if (open < 0 || open - pos - 1 > 16) {
            return false;
        }
        byte[] closing = new byte[open - pos];
        closing[0] = ')';
        System.arraycopy(src, pos + 1, closing, 1, open - pos - 1);
        for (int i = open + 1; i + closing.length < src.length + 1; i++) {
            if (src[i] == '\n') {
                row++;
            }
            if (matches(closing, i) && i + closing.length < src.length && src[i + closing.length] == '"') {
                pos = i + closing.length + 1;
                add(STRING, start, startRow);
                return true;
            }
        }
        return false;
    }

    private boolean rustRawString(int start, int startRow) {
        int hashes = 0;
        while (pos < src.length && src[pos] == '#') {
            hashes++;
            pos++;
        }
        if (pos >= src.length || src[pos] != '"') {
            if (hashes == 1 && pos < src.length && isWordByte(src[pos])) {
                // r#ident: a raw identifier
                while (pos < src.length && isWordByte(src[pos])) {
                    pos++;
                }
                add(WORD, start, startRow);
                return true;
            }
            return false;
        }
        for (pos++; pos < src.length; pos++) {
            if (src[pos] == '\n') {
                row++;
            } else if (src[pos] == '"' && pos + hashes < src.length) {
                int h = 0;
                while (h < hashes && src[pos + 1 + h] == '#') {
                    h++;
                }
                if (h == hashes) {
                    pos += 1 + hashes;
                    add(STRING, start, startRow);
                    return true;
                }
            }
        }
        return false;
    }

    /** In Rust a quote opens a character ({@code 'a'}, {@code '\n'}) or names a lifetime or label ({@code 'a}). */
    private boolean rustQuote(int start, int startRow) {
        int next = pos + 1;
        if (next < src.length && src[next] == '\\') {
            boolean ok = quoted((byte) '\'');
            add(STRING, start, startRow);
            return ok;
        }
        int after = next + utf8Length(next < src.length ? src[next] : 0);
        if (after < src.length && src[after] == '\'') {
            pos = after + 1;
            add(STRING, start, startRow);
            return true;
        }
        pos++;
        while (pos < src.length && isWordByte(src[pos])) {
            pos++;
        }
        add(WORD, start, startRow);
        return true;
    }

    private boolean regex() {
        pos++;
        boolean inClass = false;
        while (pos < src.length) {
            byte b = src[pos];
            if (b == '\n') {
                return false;
            }
            if (b == '\\') {
                pos += 2;
                continue;
            }
            if (b == '[') {
                inClass = true;
            } else if (b == ']') {
                inClass = false;
            } else if (b == '/' && !inClass) {
                pos++;
                while (pos < src.length && isWordByte(src[pos])) {
                    pos++;
                }
                return true;
            }
            pos++;
        }
        return false;
    }

    /** A slash starts a regular expression where an operand is expected, not after one. */
    private boolean regexAllowed() {
        for (int t = count - 1; t >= 0; t--) {
            int kind = kinds[t];
            if (kind == COMMENT) {
                continue;
            }
            if (kind == NUMBER || kind == STRING) {
                return false;
            }
            if (kind == WORD) {
                return is(t, "return") || is(t, "typeof") || is(t, "instanceof") || is(t, "in") || is(t, "of")
                        || is(t, "new") || is(t, "delete") || is(t, "void") || is(t, "throw") || is(t, "case")
                        || is(t, "do") || is(t, "else") || is(t, "yield") || is(t, "await");
            }
            if (kind == CLOSE) {
                return src[starts[t]] == '}';
            }
            return !is(t, "++") && !is(t, "--");
        }
        return true;
    }

    private boolean directive() {
        while (pos < src.length) {
            byte b = src[pos];
            if (b == '\n') {
                int back = pos - 1;
                if (back >= 0 && src[back] == '\r') {
                    back--;
                }
                if (back >= 0 && src[back] == '\\') {
                    row++;
                    pos++;
                    continue;
                }
                return true;
            }
            pos++;
        }
        return true;
    }

    private boolean blockComment() {
        // Rust block comments nest; the others end at the first */.
        boolean nests = language == CodeLanguage.RUST;
        int level = 0;
        while (pos + 1 < src.length) {
            byte b = src[pos];
            if (b == '/' && src[pos + 1] == '*') {
                level++;
                pos += 2;
                if (!nests && level > 1) {
                    level = 1;
                }
                continue;
            }
            if (b == '*' && src[pos + 1] == '/') {
                pos += 2;
                if (--level == 0) {
                    return true;
                }
                continue;
            }
            if (b == '\n') {
                row++;
            }
            pos++;
        }
        return false;
    }

    private void skipLine() {
        while (pos < src.length && src[pos] != '\n') {
            pos++;
        }
    }

    private void number() {
        pos++;
        while (pos < src.length) {
            byte b = src[pos];
            if (isWordByte(b) || b == '.') {
                pos++;
            } else if ((b == '+' || b == '-') && isExponent(src[pos - 1])) {
                pos++;
            } else if (b == '\'' && language == CodeLanguage.CPP && pos + 1 < src.length && isWordByte(src[pos + 1])) {
                pos++; // a digit separator: 1'000'000
            } else {
                return;
            }
        }
    }

    private static boolean isExponent(byte b) {
        return b == 'e' || b == 'E' || b == 'p' || b == 'P';
    }

    /** Operators the skimmer tells apart; any other punctuation is one byte. */
    private int operatorLength() {
        byte b = src[pos];
        byte n = peek(1);
        if (b == '.' && n == '.' && peek(2) == '.' || b == '=' && n == '=' && peek(2) == '='
                || b == '!' && n == '=' && peek(2) == '=') {
            return 3;
        }
        boolean two = b == '=' && (n == '>' || n == '=') || b == '-' && (n == '>' || n == '-' || n == '=')
                || b == '+' && (n == '+' || n == '=') || b == ':' && (n == ':' || n == '=')
                || b == '!' && n == '=' || b == '<' && n == '=' || b == '>' && n == '='
                || b == '&' && n == '&' || b == '|' && n == '|' || b == '?' && (n == '.' || n == '?');
        return two ? 2 : 1;
    }

    private int indexOf(byte b, int from) {
        for (int i = from; i < src.length && src[i] != '\n'; i++) {
            if (src[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private boolean matches(byte[] text, int at) {
        if (at + text.length > src.length) {
            return false;
        }
        for (int i = 0; i < text.length; i++) {
            if (src[at + i] != text[i]) {
                return false;
            }
        }
        return true;
    }

    private byte peek(int ahead) {
        int at = pos + ahead;
        return at < src.length ? src[at] : 0;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    /** Letters, digits, underscore, dollar and any byte of a multi-byte UTF-8 character. */
    private static boolean isWordByte(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_' || b == '$' || b < 0;
    }

    private static int utf8Length(byte lead) {
        int b = lead & 0xff;
        return b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    }

    private void add(int kind, int start, int startRow) {
        if (count == kinds.length) {
            int size = count * 2;
            kinds = Arrays.copyOf(kinds, size);
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            startRows = Arrays.copyOf(startRows, size);
            endRows = Arrays.copyOf(endRows, size);
            partners = Arrays.copyOf(partners, size);
            directives = Arrays.copyOf(directives, size);
            templateOpeners = Arrays.copyOf(templateOpeners, size);
        }
        kinds[count] = kind;
        starts[count] = start;
        ends[count] = pos;
        startRows[count] = startRow;
        endRows[count] = pos > start && src[pos - 1] == '\n' ? row - 1 : row;
        partners[count] = -1;
        directives[count] = directiveCount;
        if (kind == DIRECTIVE) {
            directiveCount++;
        }
        count++;
    }
}
