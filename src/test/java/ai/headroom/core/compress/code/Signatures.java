package ai.headroom.core.compress.code;

import java.util.List;
import java.util.regex.Pattern;

/** Finds the declaration lines of a source file with per-language regexes, independently of tree-sitter. */
final class Signatures {

    private static final Pattern PYTHON = Pattern.compile(
            "^\\s*((async\\s+)?def\\s+\\w+|class\\s+\\w+|@\\w+|from\\s+\\S+\\s+import|import\\s)");
    private static final Pattern JAVASCRIPT = Pattern.compile(
            "^\\s*((export\\s+)?(async\\s+)?function\\s+\\w+|(export\\s+)?class\\s+\\w+|(async\\s+)?\\w+\\(.*\\)\\s*\\{$"
                    + "|constructor\\(|(const|let)\\s+\\w+\\s*=\\s*require|module\\.exports)");
    private static final Pattern TYPESCRIPT = Pattern.compile(
            "^\\s*((export\\s+)?(interface|class|type)\\s+\\w+|(private\\s+|public\\s+)?(async\\s+)?\\w+\\(.*\\)(:\\s*[^{]+)?\\s*\\{$"
                    + "|import\\s|constructor\\(|\\w+\\??:\\s*[\\w\\[\\]<>|' ]+;$)");
    private static final Pattern GO = Pattern.compile(
            "^(func\\s|type\\s+\\w+|package\\s|import\\s|const\\s|var\\s)|^\\t(?!return\\b)\\w+\\s+([\\w.*\\[\\]]+(\\s+`.*`)?|func\\(.*)$");
    private static final Pattern RUST = Pattern.compile(
            "^\\s*((pub(\\(crate\\))?\\s+)?(async\\s+)?fn\\s+\\w+|(pub\\s+)?(struct|enum|trait|type|const)\\s+\\w+|impl\\b|use\\s|#\\[)");
    private static final Pattern JAVA = Pattern.compile(
            "^\\s*((public|protected|private)(\\s+\\w+)*\\s+[\\w<>\\[\\],]+\\s+\\w+\\s*\\(.*|(public\\s+)?(static\\s+)?(final\\s+)?"
                    + "(class|record|interface|enum)\\s+\\w+.*|@\\w+.*|package\\s.*|import\\s.*|private\\s+(final\\s+)?[\\w<>]+\\s+\\w+(\\s*=.*)?;)$");
    private static final Pattern C = Pattern.compile(
            "^(#include|#define|typedef|struct\\s+\\w+\\s*\\{|[a-z_]\\w*(\\s+\\*?\\w+)+\\s*\\*?\\w+\\(.*[,{)]$|\\w+_t\\s+\\*\\w+\\(.*)");
    private static final Pattern CPP = Pattern.compile(
            "^ {0,4}(?!(throw|return)\\b)(#include|namespace\\s|(struct|class)\\s+\\w+\\s*\\{|(virtual\\s+)?[\\w:<>,]+[&*]?\\s+[\\w:]+\\(.*\\)\\s*(const)?\\s*(\\{|;|= 0;)$"
                    + "|\\w+\\(std::.*\\)$|constexpr\\s|enum\\s+class)");

    private Signatures() {}

    /** The declaration lines of {@code source}, as written there. */
    static List<String> of(CodeLanguage language, String source) {
        Pattern pattern = switch (language) {
            case PYTHON -> PYTHON;
            case JAVASCRIPT -> JAVASCRIPT;
            case TYPESCRIPT -> TYPESCRIPT;
            case GO -> GO;
            case RUST -> RUST;
            case JAVA -> JAVA;
            case C -> C;
            case CPP -> CPP;
        };
        return source.lines().filter(line -> pattern.matcher(line).find()).toList();
    }
}
