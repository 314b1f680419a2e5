package ai.headroom.core.content;

import java.util.List;

/**
 * Per-language line hints with weights; a line's trimmed text is tested against each hint.
 * Hints are data evaluated by one switch (not lambdas) so the hot loop stays cheap.
 */
final class LanguageHints {

    /** How a hint tests a trimmed line. */
    enum Op {
        PREFIX, CONTAINS, EQUALS, PREFIX_CONTAINS, PREFIX_SUFFIX, PREFIX_WITHOUT,
        /** "import os" but not "import x from 'y'", "import a.b.C;" or "import { x }". */
        PYTHON_IMPORT,
        /** "import a.b.C;" but not a TypeScript "import x from 'y';". */
        JAVA_IMPORT,
        /** "public Foo bar(int x) {": a modifier, a parameter list and an opening brace. */
        JAVA_MEMBER
    }

    /**
     * One weighted hint; {@code b} is the second operand of the two-part operations, {@code pairs} the
     * character pairs a line must hold for the hint to match it, {@code first} the character a matching
     * line starts with (0 when the hint may match anywhere in the line).
     */
    record Hint(Op op, String a, String b, int weight, int[] pairs, char first) {

        Hint(Op op, String a, String b, int weight) {
            this(op, a, b, weight, op == Op.PREFIX_WITHOUT ? CharPairs.needed(a) : CharPairs.needed(a, b), first(op, a));
        }

        private static char first(Op op, String a) {
            return switch (op) {
                case CONTAINS -> 0;
                case JAVA_MEMBER -> 'p'; // public, private, protected
                case PYTHON_IMPORT, JAVA_IMPORT -> 'i';
                default -> a.charAt(0);
            };
        }
    }

    /** The hints of one language. */
    record Language(String name, List<Hint> hints) {
    }

    static final Language PYTHON = new Language("python", List.of(
            prefix("def ", 3), prefix("async def ", 4), prefix("elif ", 4), contains("self.", 2),
            new Hint(Op.PREFIX_CONTAINS, "from ", " import ", 4), new Hint(Op.PYTHON_IMPORT, "import ", "", 2),
            new Hint(Op.PREFIX_SUFFIX, "class ", ":", 4), prefix("except", 3), equals("try:", 3),
            contains("__init__", 3), contains("\"\"\"", 2), prefix("raise ", 3), contains("lambda ", 1),
            new Hint(Op.PREFIX_SUFFIX, "if ", ":", 2), new Hint(Op.PREFIX_SUFFIX, "for ", ":", 2),
            new Hint(Op.PREFIX_SUFFIX, "while ", ":", 2), new Hint(Op.PREFIX_SUFFIX, "with ", ":", 2),
            new Hint(Op.PREFIX_SUFFIX, "else", ":", 2), contains(" None", 1), prefix("print(", 1)));

    static final Language JAVASCRIPT = new Language("javascript", List.of(
            prefix("const ", 2), prefix("let ", 1), prefix("var ", 1), prefix("function ", 3),
            contains("function(", 2), contains("=> ", 2), contains("require(", 3), contains("module.exports", 4),
            prefix("export default", 3), prefix("export ", 1), contains("console.log", 3), contains("===", 2),
            contains("!==", 2), contains("await ", 1), contains("document.", 2), contains("window.", 1),
            new Hint(Op.PREFIX_CONTAINS, "import ", " from '", 3),
            new Hint(Op.PREFIX_CONTAINS, "import ", " from \"", 3), equals("});", 2)));

    /** Only what TypeScript adds to JavaScript; counted on top of the JavaScript hints. */
    static final Language TYPESCRIPT_EXTRA = new Language("typescript", List.of(
            contains(": string", 3), contains(": number", 3), contains(": boolean", 3), contains(": void", 2),
            prefix("export interface ", 4), prefix("export type ", 4), contains("): Promise<", 3),
            new Hint(Op.PREFIX_SUFFIX, "interface ", "{", 3), new Hint(Op.PREFIX_CONTAINS, "type ", " = ", 3),
            contains("readonly ", 2), contains(" as const", 3), contains(": any", 2), contains("?: ", 2)));

    static final Language GO = new Language("go", List.of(
            new Hint(Op.PREFIX_WITHOUT, "package ", ";", 3), prefix("func ", 4), contains(" := ", 3),
            equals("import (", 4), contains("fmt.", 3), contains("err != nil", 4), prefix("go func", 3),
            prefix("defer ", 3), new Hint(Op.PREFIX_SUFFIX, "type ", " struct {", 4),
            new Hint(Op.PREFIX_SUFFIX, "type ", " interface {", 4), contains("chan ", 1),
            contains("return nil, ", 2)));

    static final Language RUST = new Language("rust", List.of(
            prefix("fn ", 4), prefix("pub fn ", 4), contains(" fn ", 2), prefix("impl ", 4), prefix("impl<", 4),
            contains("let mut ", 4), new Hint(Op.PREFIX_SUFFIX, "use ", ";", 4),
            new Hint(Op.PREFIX_SUFFIX, "match ", "{", 2), contains("&self", 3), contains("&mut ", 3),
            contains("-> Result<", 3), contains("-> Option<", 3), prefix("#[", 3), contains("println!", 3),
            contains("format!", 3), contains("vec!", 3), prefix("pub struct ", 3), prefix("pub enum ", 3),
            contains(".unwrap()", 3), new Hint(Op.PREFIX_SUFFIX, "mod ", ";", 3), contains("Ok(", 1),
            contains("Some(", 1)));

    static final Language JAVA = new Language("java", List.of(
            contains("public class ", 4), contains("public final class ", 4), contains("public interface ", 4),
            contains("public enum ", 4), contains("public record ", 4), contains("public abstract class ", 4),
            new Hint(Op.PREFIX_SUFFIX, "package ", ";", 3), new Hint(Op.JAVA_IMPORT, "import ", ";", 2),
            prefix("import java.", 3), prefix("import javax.", 3), equals("@Override", 4), contains("System.out.", 3),
            contains("private final ", 3), contains("private static final ", 3),
            contains("public static void main", 4), contains(" throws ", 2), contains("<>(", 2),
            new Hint(Op.JAVA_MEMBER, "", "", 2)));

    static final Language C = new Language("c", List.of(
            new Hint(Op.PREFIX_CONTAINS, "#include <", ".h>", 3), prefix("#define ", 2), prefix("#ifndef ", 2),
            prefix("#ifdef ", 2), prefix("#endif", 2), contains("int main(", 2), contains("printf(", 2),
            contains("malloc(", 2), contains("free(", 1), contains("memcpy(", 2), contains("strlen(", 2),
            contains("sizeof(", 2), prefix("typedef ", 2), new Hint(Op.PREFIX_SUFFIX, "struct ", "{", 1),
            contains("->", 1), contains("NULL", 1), contains("unsigned ", 2), contains("char *", 2),
            new Hint(Op.PREFIX_CONTAINS, "static ", "(", 1)));

    static final Language CPP = new Language("cpp", List.of(
            contains("std::", 4), new Hint(Op.PREFIX_WITHOUT, "#include <", ".h>", 3),
            prefix("namespace ", 4), prefix("using namespace ", 4), prefix("template<", 4), prefix("template <", 4),
            equals("public:", 4), equals("private:", 4), equals("protected:", 4), contains("cout <<", 4),
            contains("cerr <<", 4), contains("nullptr", 3), contains("constexpr", 3), prefix("virtual ", 3),
            contains(" override", 2), contains(".hpp\"", 3), contains("unique_ptr", 3), contains("shared_ptr", 3),
            contains("const auto&", 3), prefix("auto ", 2)));

    /** Candidates in tie-break order (the earlier wins an exact tie). */
    static final List<Language> ALL = List.of(PYTHON, JAVA, GO, RUST, CPP, C, JAVASCRIPT);

    private LanguageHints() {
    }

    private static Hint prefix(String prefix, int weight) {
        return new Hint(Op.PREFIX, prefix, "", weight);
    }

    private static Hint contains(String part, int weight) {
        return new Hint(Op.CONTAINS, part, "", weight);
    }

    private static Hint equals(String whole, int weight) {
        return new Hint(Op.EQUALS, whole, "", weight);
    }

    /** Sum of the weights of the hints a trimmed line matches; {@code pairs} are the line's {@link CharPairs}. */
    /** The weight of the hints a non-empty trimmed line matches; {@code pairs} holds the line's character pairs. */
    static int score(Language language, String t, long[] pairs) {
        int sum = 0;
        char start = t.charAt(0);
        for (Hint hint : language.hints()) {
            // Most hints are anchored at the line's start: its first character rules them out cheapest.
            if ((hint.first() == 0 || hint.first() == start) && CharPairs.containsAll(pairs, hint.pairs())
                    && matches(hint, t)) {
                sum += hint.weight();
            }
        }
        return sum;
    }

    private static boolean matches(Hint h, String t) {
        return switch (h.op()) {
            case PREFIX -> startsWith(t, h.a());
            case CONTAINS -> t.contains(h.a());
            case EQUALS -> t.equals(h.a());
            case PREFIX_CONTAINS -> startsWith(t, h.a()) && t.indexOf(h.b(), h.a().length()) >= 0;
            case PREFIX_SUFFIX -> startsWith(t, h.a()) && t.endsWith(h.b());
            case PREFIX_WITHOUT -> startsWith(t, h.a()) && !t.contains(h.b());
            case PYTHON_IMPORT -> startsWith(t, "import ") && t.indexOf(';') < 0 && !t.contains(" from ")
                    && t.indexOf('\'') < 0 && t.indexOf('"') < 0 && t.indexOf('{') < 0;
            case JAVA_IMPORT -> startsWith(t, "import ") && t.endsWith(";") && !t.contains(" from ");
            case JAVA_MEMBER -> (startsWith(t, "public ") || startsWith(t, "private ") || startsWith(t, "protected "))
                    && t.endsWith("{") && t.indexOf('(') > 0;
        };
    }

    /**
     * {@link String#startsWith} behind a first-character test: most lines fail on it, and the test is far
     * cheaper than the general region compare, which was the detector's hot spot on prose.
     */
    private static boolean startsWith(String t, String prefix) {
        return prefix.isEmpty() || !t.isEmpty() && t.charAt(0) == prefix.charAt(0) && t.startsWith(prefix);
    }
}
