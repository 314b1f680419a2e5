package ai.headroom.core.compress.code;

import java.util.Optional;

/**
 * A copy of a source's UTF-8 bytes in which what the skeleton planner never reads is blanked, so that
 * tree-sitter parses a fraction of the file, and the regions the plan must confirm were blanked inside
 * function bodies.
 *
 * <p>Blanking keeps every byte offset and row: bytes other than line breaks become spaces, and a Python
 * body keeps its extent through a placeholder statement. What is blanked: the inside of braces spanning
 * fewer rows than a body worth cutting (no node in there is visited by the planner), and the rest of a
 * function body after its first statements (the planner keeps those and omits the rest). The second kind
 * rests on a lexical guess that the braces hold a function body; {@link SkeletonPlanner#confirms} checks
 * the guess against the parsed skim, and the caller parses the full source when it fails. So does a third
 * kind: a type's braces with no comment and no long braces inside, which the planner visits but changes
 * nothing in, unless the parse makes them a function body ({@link SkeletonPlanner#metNoBodyAt}).
 *
 * @param text    the blanked copy, as long as the source
 * @param blanked start and end byte pairs of every blanked region
 * @param checked start and end byte pairs of the regions blanked on the guess that they lie in a function body
 * @param skipped the blanked regions the parser may leave out altogether (null: read them as blanks), which
 *                is quicker for most grammars than lexing the blanks
 * @param notBodies start bytes of long braces blanked whole on the guess that they are no function body
 */
record Skim(byte[] text, int[] blanked, int[] checked, int[] skipped, int[] notBodies) {

    /** The skim for a source in {@code language}; empty when nothing could be blanked safely. */
    static Optional<Skim> of(CodeLanguage language, byte[] utf8, CodeCompressorSettings settings) {
        return language.indentedBlocks()
                ? PythonSkimmer.skim(utf8, settings)
                : BraceSkimmer.skim(language, utf8, settings);
    }
}
