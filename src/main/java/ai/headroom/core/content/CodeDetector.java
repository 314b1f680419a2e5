package ai.headroom.core.content;

import java.util.List;

/** Scores how much a sample looks like source code and names its language from per-language hints. */
final class CodeDetector {

    /** Below this total hint weight the language is left unknown. */
    private static final int MIN_LANGUAGE_SCORE = 4;
    private static final int MAX_HINT_LINE = 160;
    private static final PrefixSet CODE_PREFIXES = new PrefixSet(List.of(
            "//", "/*", "* ", "*/", "#include", "#define", "#if", "#endif", "#pragma", "#[", "@", "import ",
            "from ", "package ", "use ", "return", "}", "{", ")", "]", "def ", "class ", "func ", "fn ", "pub ",
            "let ", "const ", "var ", "public ", "private ", "protected ", "static ", "struct ", "enum ",
            "interface ", "impl ", "export ", "async ", "namespace ", "template", "else", "elif ", "case ",
            "switch ", "try", "catch", "except", "finally", "while ", "for ", "if ", "if(", "with "));
    private static final PrefixSet BLOCK_STARTERS = new PrefixSet(List.of(
            "def ", "class ", "if ", "elif ", "else", "for ", "while ", "try", "except", "finally", "with ",
            "async def ", "case ", "default", "public", "private", "protected"));

    private CodeDetector() {
    }

    static Detection detect(TextSample sample) {
        int codeLines = 0;
        int[] scores = new int[LanguageHints.ALL.size()];
        int tsExtra = 0;
        long[] pairs = CharPairs.empty();
        for (String line : sample.lines()) {
            if (line.isBlank()) {
                continue;
            }
            String t = Lines.trimLeft(line).stripTrailing();
            if (t.length() > MAX_HINT_LINE) {
                // Source lines are short; scanning long (log or prose) lines for every hint is the hot spot.
                t = t.substring(0, MAX_HINT_LINE);
            }
            if (t.length() < 2 || isRecordLine(t)) {
                continue;
            }
            CharPairs.fill(pairs, t);
            int lineHints = 0;
            for (int i = 0; i < scores.length; i++) {
                int s = LanguageHints.score(LanguageHints.ALL.get(i), t, pairs);
                scores[i] += s;
                lineHints += s;
            }
            int ts = LanguageHints.score(LanguageHints.TYPESCRIPT_EXTRA, t, pairs);
            tsExtra += ts;
            if (lineHints + ts > 0 || isCodeLine(t)) {
                codeLines++;
            }
        }
        double share = codeLines / (double) Math.max(1, sample.nonBlank());
        String language = language(scores, tsExtra);
        if (share < 0.3) {
            return new Detection(ContentKind.CODE, language, share);
        }
        double confidence = 0.4 + 0.5 * share + (language.isEmpty() ? 0 : 0.1);
        return new Detection(ContentKind.CODE, language, Math.min(0.97, confidence));
    }

    private static String language(int[] scores, int tsExtra) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        LanguageHints.Language winner = LanguageHints.ALL.get(best);
        int js = scores[LanguageHints.ALL.indexOf(LanguageHints.JAVASCRIPT)];
        int c = scores[LanguageHints.ALL.indexOf(LanguageHints.C)];
        int cpp = scores[LanguageHints.ALL.indexOf(LanguageHints.CPP)];
        if (tsExtra >= 3 && js + tsExtra > scores[best]) {
            return LanguageHints.TYPESCRIPT_EXTRA.name();
        }
        if (scores[best] < MIN_LANGUAGE_SCORE) {
            return "";
        }
        if (winner == LanguageHints.JAVASCRIPT && tsExtra >= 3) {
            return LanguageHints.TYPESCRIPT_EXTRA.name();
        }
        if (winner == LanguageHints.C && cpp >= Math.max(4, c / 2)) {
            return LanguageHints.CPP.name();
        }
        return winner.name();
    }

    /** Generic code shape: statement endings, block braces, comment leaders, keywords. */
    static boolean isCodeLine(String t) {
        char last = t.isEmpty() ? 0 : t.charAt(t.length() - 1);
        if (last == ';' || last == '{' || last == '}' || last == ')' || last == '(' || last == '[') {
            return true;
        }
        if (last == ':' && BLOCK_STARTERS.matches(t)) {
            return true;
        }
        return CODE_PREFIXES.matches(t) || isAssignment(t);
    }

    /** {@code name = value} or {@code obj.field[i] = value}: prose almost never starts that way. */
    private static boolean isAssignment(String t) {
        int eq = t.indexOf(" = ");
        if (eq <= 0) {
            return false;
        }
        for (int i = 0; i < eq; i++) {
            char c = t.charAt(i);
            if (!(Lines.isWordChar(c) || c == '.' || c == '[' || c == ']' || c == ',' || c == ' ' || c == ':'
                    || c == '*' || c == '<' || c == '>')) {
                return false;
            }
        }
        return true;
    }

    /** One-line JSON records (NDJSON) end in '}' but are data, not code. */
    private static boolean isRecordLine(String t) {
        return t.length() > 2 && t.charAt(0) == '{' && t.charAt(1) == '"' && t.endsWith("}");
    }
}
