package ai.headroom.core.content;

import java.util.List;
import java.util.function.Predicate;

/** Per-language line hints with weights; a line's trimmed text is tested against each hint. */
final class LanguageHints {

    /** One weighted hint: a test on a trimmed line. */
    record Hint(Predicate<String> test, int weight) {
    }

    /** The hints of one language. */
    record Language(String name, List<Hint> hints) {
    }

    static final Language PYTHON = new Language("python", List.of(
            prefix("def ", 3), prefix("async def ", 4), prefix("elif ", 4), contains("self.", 2),
            hint(t -> t.startsWith("from ") && t.contains(" import "), 4),
            hint(t -> t.startsWith("import ") && t.indexOf(';') < 0 && !t.contains(" from ")
                    && t.indexOf('\'') < 0 && t.indexOf('"') < 0 && t.indexOf('{') < 0, 2),
            hint(t -> t.startsWith("class ") && t.endsWith(":"), 4), prefix("except", 3), equals("try:", 3),
            contains("__init__", 3), contains("\"\"\"", 2), prefix("raise ", 3), contains("lambda ", 1),
            hint(t -> (t.startsWith("if ") || t.startsWith("for ") || t.startsWith("while ")
                    || t.startsWith("with ") || t.startsWith("else")) && t.endsWith(":"), 2),
            contains(" None", 1), prefix("print(", 1)));

    static final Language JAVASCRIPT = new Language("javascript", List.of(
            prefix("const ", 2), prefix("let ", 1), prefix("var ", 1), prefix("function ", 3),
            contains("function(", 2), contains("=> ", 2), contains("require(", 3), contains("module.exports", 4),
            prefix("export default", 3), prefix("export ", 1), contains("console.log", 3), contains("===", 2),
            contains("!==", 2), contains("await ", 1), contains("document.", 2), contains("window.", 1),
            hint(t -> t.startsWith("import ") && (t.contains(" from '") || t.contains(" from \"")), 3),
            equals("});", 2)));

    /** Only what TypeScript adds to JavaScript; counted on top of the JavaScript hints. */
    static final Language TYPESCRIPT_EXTRA = new Language("typescript", List.of(
            contains(": string", 3), contains(": number", 3), contains(": boolean", 3), contains(": void", 2),
            prefix("export interface ", 4), prefix("export type ", 4), contains("): Promise<", 3),
            hint(t -> t.startsWith("interface ") && t.endsWith("{"), 3),
            hint(t -> t.startsWith("type ") && t.contains(" = "), 3), contains("readonly ", 2),
            contains(" as const", 3), contains(": any", 2), contains("?: ", 2)));

    static final Language GO = new Language("go", List.of(
            hint(t -> t.startsWith("package ") && t.indexOf(';') < 0, 3), prefix("func ", 4), contains(" := ", 3),
            equals("import (", 4), contains("fmt.", 3), contains("err != nil", 4), prefix("go func", 3),
            prefix("defer ", 3), hint(t -> t.startsWith("type ") && (t.endsWith(" struct {")
                    || t.endsWith(" interface {")), 4), contains("chan ", 1), contains("return nil, ", 2)));

    static final Language RUST = new Language("rust", List.of(
            prefix("fn ", 4), prefix("pub fn ", 4), contains(" fn ", 2), prefix("impl ", 4), prefix("impl<", 4),
            contains("let mut ", 4), hint(t -> t.startsWith("use ") && t.endsWith(";") && t.contains("::"), 4),
            hint(t -> t.startsWith("match ") && t.endsWith("{"), 2), contains("&self", 3), contains("&mut ", 3),
            contains("-> Result<", 3), contains("-> Option<", 3), prefix("#[", 3), contains("println!", 3),
            contains("format!", 3), contains("vec!", 3), prefix("pub struct ", 3), prefix("pub enum ", 3),
            contains(".unwrap()", 3), hint(t -> t.startsWith("mod ") && t.endsWith(";"), 3), contains("Ok(", 1),
            contains("Some(", 1)));

    static final Language JAVA = new Language("java", List.of(
            contains("public class ", 4), contains("public final class ", 4), contains("public interface ", 4),
            contains("public enum ", 4), contains("public record ", 4), contains("public abstract class ", 4),
            hint(t -> t.startsWith("package ") && t.endsWith(";"), 3),
            hint(t -> t.startsWith("import ") && t.endsWith(";") && !t.contains(" from "), 2),
            prefix("import java.", 3), prefix("import javax.", 3), equals("@Override", 4), contains("System.out.", 3),
            contains("private final ", 3), contains("private static final ", 3),
            contains("public static void main", 4), contains(" throws ", 2), contains("<>(", 2),
            hint(t -> (t.startsWith("public ") || t.startsWith("private ") || t.startsWith("protected "))
                    && t.endsWith("{") && t.contains("("), 2)));

    static final Language C = new Language("c", List.of(
            hint(t -> t.startsWith("#include <") && t.contains(".h>"), 3), prefix("#define ", 2), prefix("#ifndef ", 2),
            prefix("#ifdef ", 2), prefix("#endif", 2), contains("int main(", 2), contains("printf(", 2),
            contains("malloc(", 2), contains("free(", 1), contains("memcpy(", 2), contains("strlen(", 2),
            contains("sizeof(", 2), prefix("typedef ", 2), hint(t -> t.startsWith("struct ") && t.endsWith("{"), 1),
            contains("->", 1), contains("NULL", 1), contains("unsigned ", 2), contains("char *", 2),
            hint(t -> t.startsWith("static ") && t.contains("("), 1)));

    static final Language CPP = new Language("cpp", List.of(
            contains("std::", 4), hint(t -> t.startsWith("#include <") && !t.contains(".h>"), 3),
            prefix("namespace ", 4), prefix("using namespace ", 4), prefix("template<", 4), prefix("template <", 4),
            equals("public:", 4), equals("private:", 4), equals("protected:", 4), contains("cout <<", 4),
            contains("cerr <<", 4), contains("nullptr", 3), contains("constexpr", 3), prefix("virtual ", 3),
            contains(" override", 2), contains(".hpp\"", 3), contains("unique_ptr", 3), contains("shared_ptr", 3),
            contains("const auto&", 3), prefix("auto ", 2)));

    /** Candidates in tie-break order (the earlier wins an exact tie). */
    static final List<Language> ALL = List.of(PYTHON, JAVA, GO, RUST, CPP, C, JAVASCRIPT);

    private LanguageHints() {
    }

    private static Hint hint(Predicate<String> test, int weight) {
        return new Hint(test, weight);
    }

    private static Hint prefix(String prefix, int weight) {
        return new Hint(t -> t.startsWith(prefix), weight);
    }

    private static Hint contains(String part, int weight) {
        return new Hint(t -> t.contains(part), weight);
    }

    private static Hint equals(String whole, int weight) {
        return new Hint(t -> t.equals(whole), weight);
    }

    /** Sum of the weights of the hints a trimmed line matches. */
    static int score(Language language, String trimmed) {
        int sum = 0;
        for (Hint hint : language.hints()) {
            if (hint.test().test(trimmed)) {
                sum += hint.weight();
            }
        }
        return sum;
    }
}
