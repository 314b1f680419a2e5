package ai.headroom.core.compress.code;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Guesses the language of a source text from line-level hints (keywords, declarations, imports). A
 * wrong guess is harmless: the parse then has errors and the compressor leaves the text unchanged.
 */
public final class CodeLanguageDetector {

    /** Only the head of a text is scored: declarations and imports sit there, and it bounds the cost. */
    private static final int MAX_LINES = 400;
    private static final int MAX_CHARS = 40_000;
    private static final int MIN_SCORE = 6;
    /** Lines longer than this are data, not code; they are skipped so regexes stay cheap. */
    private static final int MAX_LINE = 400;

    private record Hint(CodeLanguage language, int weight, Pattern pattern) {
        Hint(CodeLanguage language, int weight, String regex) {
            this(language, weight, Pattern.compile(regex));
        }
    }

    // JAVASCRIPT hints also count for TypeScript, C hints also for C++; the TYPESCRIPT and CPP hints
    // decide between the two members of each family.
    private static final List<Hint> HINTS = List.of(
            new Hint(CodeLanguage.PYTHON, 4, "^\\s*(async\\s+)?def\\s+\\w+\\s*\\(.*"),
            new Hint(CodeLanguage.PYTHON, 3, "^\\s*class\\s+\\w+(\\(.*\\))?:\\s*$"),
            new Hint(CodeLanguage.PYTHON, 2, "^(from\\s+[\\w.]+\\s+import\\s+.+|import\\s+[\\w.]+(\\s+as\\s+\\w+)?)\\s*$"),
            new Hint(CodeLanguage.PYTHON, 2, "^\\s*(elif\\s.*:|except(\\s.*)?:|try:|else:|finally:)\\s*$"),
            new Hint(CodeLanguage.PYTHON, 1, "\\bself\\.\\w+|^\\s*(\"\"\"|''')"),
            new Hint(CodeLanguage.GO, 5, "^package\\s+\\w+\\s*$"),
            new Hint(CodeLanguage.GO, 4, "^func\\s+(\\(\\w+\\s+\\*?\\w+\\)\\s*)?\\w+\\s*\\("),
            new Hint(CodeLanguage.GO, 4, "^type\\s+\\w+\\s+(struct|interface)\\s*\\{"),
            new Hint(CodeLanguage.GO, 3, "^\\s*if\\s+err\\s*!=\\s*nil\\b|\\w+\\s*:=\\s*"),
            new Hint(CodeLanguage.RUST, 4, "^\\s*(pub(\\([\\w:]+\\))?\\s+)?(const\\s+)?(async\\s+)?(unsafe\\s+)?fn\\s+\\w+"),
            new Hint(CodeLanguage.RUST, 4, "^\\s*(impl\\b|use\\s+[\\w:]+(::\\{.*\\}|::\\*)?;|#\\[)"),
            new Hint(CodeLanguage.RUST, 3, "\\blet\\s+mut\\s|&(mut\\s+)?self\\b|->\\s*(Result|Option|Self)\\b"),
            new Hint(CodeLanguage.JAVA, 5, "^(package\\s+[\\w.]+|import\\s+(static\\s+)?[\\w.]+(\\.\\*)?);\\s*$"),
            new Hint(CodeLanguage.JAVA, 3, "^\\s*@(Override|Inject|Autowired|Test|Transactional|Entity|Service|Path|GET|POST)\\b"),
            new Hint(CodeLanguage.JAVA, 2, "^\\s*(public|private|protected)\\s+((static|final|abstract|synchronized)\\s+)*"
                    + "[\\w<>\\[\\],.?]+\\s+\\w+\\s*[(;=]"),
            new Hint(CodeLanguage.JAVASCRIPT, 3, "^\\s*(export\\s+)?(default\\s+)?(async\\s+)?function\\*?\\s*\\w*\\s*\\("),
            new Hint(CodeLanguage.JAVASCRIPT, 3, "^\\s*import\\s.*\\sfrom\\s+['\"]|\\brequire\\(['\"]|module\\.exports"),
            new Hint(CodeLanguage.JAVASCRIPT, 2, "^\\s*(export\\s+)?(const|let|var)\\s+[\\w{}\\[\\], ]+\\s*=|=>\\s*[{(]?"),
            new Hint(CodeLanguage.TYPESCRIPT, 4, "^\\s*(export\\s+)?(interface\\s+\\w+|type\\s+\\w+(<.*>)?\\s*=)"),
            new Hint(CodeLanguage.TYPESCRIPT, 3, "\\w\\??:\\s*(string|number|boolean|void|unknown|any|never|Promise<|Record<|readonly)\\b"),
            new Hint(CodeLanguage.C, 4, "^\\s*#\\s*(include|define|ifndef|ifdef|endif|pragma)\\b"),
            new Hint(CodeLanguage.C, 3, "^\\s*(static\\s+)?(inline\\s+)?(const\\s+)?(unsigned\\s+|signed\\s+)?"
                    + "(int|void|char|long|short|double|float|size_t|bool|struct\\s+\\w+)\\s*\\**\\s*\\w+\\s*\\("),
            new Hint(CodeLanguage.C, 2, "\\b(malloc|free|printf|fprintf|memcpy|sizeof)\\s*\\(|\\bNULL\\b|^typedef\\s"),
            new Hint(CodeLanguage.CPP, 3, "\\bstd::|^\\s*namespace\\s+\\w+|^\\s*template\\s*<|^\\s*(public|private|protected):"
                    + "|\\bnullptr\\b|^\\s*#include\\s+<(iostream|vector|string|memory|map|unordered_map|algorithm)>"));

    /** The most likely language, or empty when the text does not look like code in a supported language. */
    public Optional<CodeLanguage> detect(String text) {
        Map<CodeLanguage, Integer> scores = new EnumMap<>(CodeLanguage.class);
        int lines = 0;
        int start = 0;
        int limit = Math.min(text.length(), MAX_CHARS);
        while (start < limit && lines < MAX_LINES) {
            int end = text.indexOf('\n', start);
            if (end < 0 || end > limit) {
                end = limit;
            }
            if (end - start <= MAX_LINE) {
                score(text.substring(start, end), scores);
            }
            lines++;
            start = end + 1;
        }
        return best(scores);
    }

    private static void score(String line, Map<CodeLanguage, Integer> scores) {
        String head = line.stripLeading();
        // Comments describe code in any syntax (JSDoc types look like TypeScript): only code lines count.
        if (head.isEmpty() || head.startsWith("*") || head.startsWith("//") || head.startsWith("/*")) {
            return;
        }
        for (Hint hint : HINTS) {
            if (hint.pattern().matcher(line).find()) {
                scores.merge(hint.language(), hint.weight(), Integer::sum);
            }
        }
    }

    private static Optional<CodeLanguage> best(Map<CodeLanguage, Integer> scores) {
        int js = scores.getOrDefault(CodeLanguage.JAVASCRIPT, 0);
        int ts = scores.getOrDefault(CodeLanguage.TYPESCRIPT, 0);
        int c = scores.getOrDefault(CodeLanguage.C, 0);
        int cpp = scores.getOrDefault(CodeLanguage.CPP, 0);
        Map<CodeLanguage, Integer> families = new EnumMap<>(CodeLanguage.class);
        families.put(CodeLanguage.PYTHON, scores.getOrDefault(CodeLanguage.PYTHON, 0));
        families.put(ts >= 6 ? CodeLanguage.TYPESCRIPT : CodeLanguage.JAVASCRIPT, js + ts);
        families.put(CodeLanguage.GO, scores.getOrDefault(CodeLanguage.GO, 0));
        families.put(CodeLanguage.RUST, scores.getOrDefault(CodeLanguage.RUST, 0));
        families.put(CodeLanguage.JAVA, scores.getOrDefault(CodeLanguage.JAVA, 0));
        families.put(cpp >= 3 ? CodeLanguage.CPP : CodeLanguage.C, c + cpp);
        CodeLanguage winner = null;
        int top = MIN_SCORE - 1;
        for (Map.Entry<CodeLanguage, Integer> entry : families.entrySet()) { // EnumMap: fixed order breaks ties
            if (entry.getValue() > top) {
                top = entry.getValue();
                winner = entry.getKey();
            }
        }
        return Optional.ofNullable(winner);
    }
}
