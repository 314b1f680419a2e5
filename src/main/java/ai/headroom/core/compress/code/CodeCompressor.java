package ai.headroom.core.compress.code;

import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.Utf8;
import ai.headroom.core.compress.CompressionContext;
import ai.headroom.core.compress.Compressor;
import ai.headroom.core.content.ContentKind;
import ai.headroom.core.content.Section;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns source code into a skeleton with tree-sitter: imports, declarations, signatures, decorators
 * and fields stay; long function bodies shrink to their first lines and doc comments to their first line.
 *
 * <p>Thread-safe: tree-sitter parsers are not, so each thread gets its own ({@link SyntaxTrees}).
 */
public final class CodeCompressor implements Compressor {

    private final CodeCompressorSettings settings;
    private final SyntaxTrees.Parser parser;
    private final boolean skims;
    private final CodeLanguageDetector detector = new CodeLanguageDetector();

    public CodeCompressor() {
        this(CodeCompressorSettings.defaults());
    }

    public CodeCompressor(CodeCompressorSettings settings) {
        this(settings, SyntaxTrees::parse, true);
    }

    /** With {@code skims} false every file is parsed whole: tests compare both ways. */
    CodeCompressor(CodeCompressorSettings settings, SyntaxTrees.Parser parser, boolean skims) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.skims = skims;
    }

    @Override
    public String name() {
        return "code_compressor";
    }

    @Override
    public ContentKind kind() {
        return ContentKind.CODE;
    }

    /** Compresses code whose language is guessed from the text; unknown languages are left unchanged. */
    @Override
    public Compressed compress(String text, CompressionContext context) {
        if (!worthParsing(text, context)) {
            return Compressed.unchanged(text);
        }
        return detector.detect(text)
                .map(language -> compress(text, language, context))
                .orElseGet(() -> Compressed.unchanged(text));
    }

    /** Uses the language the router found for this section, and guesses only when it found none. */
    @Override
    public Compressed compress(Section section, CompressionContext context) {
        String language = section.detection().language();
        return language.isEmpty() ? compress(section.text(), context) : compress(section.text(), language, context);
    }

    /**
     * Compresses code in a language named by the caller ({@code python}, {@code javascript},
     * {@code typescript}, {@code go}, {@code rust}, {@code java}, {@code c}, {@code cpp}); other names
     * leave the text unchanged.
     */
    public Compressed compress(String text, String language, CompressionContext context) {
        return CodeLanguage.byName(language)
                .map(known -> compress(text, known, context))
                .orElseGet(() -> Compressed.unchanged(text));
    }

    /** Compresses code in the given language. */
    public Compressed compress(String text, CodeLanguage language, CompressionContext context) {
        if (!worthParsing(text, context)) {
            return Compressed.unchanged(text);
        }
        try {
            return skeleton(text, language, context).orElseGet(() -> Compressed.unchanged(text));
        } catch (RuntimeException | LinkageError e) {
            // Fail open: a native or grammar surprise must never cost the request.
            return Compressed.unchanged(text);
        }
    }

    private static boolean worthParsing(String text, CompressionContext context) {
        // Lossless mode keeps code as it is: every byte of source can matter to the reader.
        // NUL never occurs in source and would cut the native string short.
        return context.lossyAllowed() && !context.pastDeadline() && !text.isBlank()
                && text.indexOf('\u0000') < 0 && !CcrMarker.isMarked(text);
    }

    private Optional<Compressed> skeleton(String text, CodeLanguage language, CompressionContext context) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        SourceLines lines = new SourceLines(text, utf8);
        if (!lines.wellFormed()) {
            return Optional.empty();
        }
        Optional<SkeletonPlanner> planned = skims ? planSkim(language, utf8, lines, context) : Optional.empty();
        if (planned.isEmpty()) {
            planned = planWhole(language, utf8, lines, context);
        }
        if (planned.isEmpty()) {
            return Optional.empty();
        }
        SkeletonPlanner planner = planned.get();
        List<LineEdit> edits = planner.edits();
        if (edits.isEmpty()) {
            return Optional.empty();
        }
        String body = lines.apply(edits);
        int keptLines = body.isEmpty() ? 0 : (int) body.chars().filter(c -> c == '\n').count() + 1;
        int bodies = planner.collapsedBodies();
        String summary = "code skeleton (" + language.id() + "): " + bodies + " function "
                + (bodies == 1 ? "body" : "bodies") + " collapsed, " + (lines.count() - keptLines) + " of "
                + lines.count() + " lines omitted";
        String markerLine = language.lineComment() + " " + context.marker(summary);
        String out = text.endsWith("\n") ? body + markerLine + "\n" : body + "\n" + markerLine;
        return Utf8.length(out) < utf8.length ? Optional.of(Compressed.lossy(out)) : Optional.empty();
    }

    /** True when a skim of {@code text} is made, parses soundly and its plan confirms it: the quick path runs. */
    boolean usesSkim(CodeLanguage language, String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return planSkim(language, utf8, new SourceLines(text, utf8), CompressionContext.of(text, "")).isPresent();
    }

    /**
     * The plan made from a parse of the skimmed source; empty when nothing could be skimmed, the skim's parse
     * has errors it may have caused, or the plan does not confirm the skim's guesses (the whole source is then
     * parsed).
     */
    private Optional<SkeletonPlanner> planSkim(CodeLanguage language, byte[] utf8, SourceLines lines,
            CompressionContext context) {
        Optional<Skim> skim = Skim.of(language, utf8, settings);
        if (skim.isEmpty()) {
            return Optional.empty();
        }
        Optional<SyntaxNode> parsed = parse(language, skim.get().text(), skim.get().skipped(), context);
        if (parsed.isEmpty() || parsed.get().endByte() > lines.byteLength()) {
            return Optional.empty();
        }
        SyntaxNode root = parsed.get();
        // Errors the whole source has too (a grammar's gaps) are weighed as in planWhole; one next to a
        // blanked region may come from the blanking, so the whole source decides then.
        if (root.hasError() && (ParseErrors.near(root, skim.get().text(), skim.get().blanked())
                || !ParseErrors.acceptable(root, lines, settings.toleratedErrors(), settings.maxBodyLines()))) {
            return Optional.empty();
        }
        SkeletonPlanner planner = new SkeletonPlanner(language, settings, lines);
        planner.plan(root);
        return planner.confirms(skim.get().checked()) && planner.metNoBodyAt(skim.get().notBodies())
                ? Optional.of(planner) : Optional.empty();
    }

    private Optional<SkeletonPlanner> planWhole(CodeLanguage language, byte[] utf8, SourceLines lines,
            CompressionContext context) {
        Optional<SyntaxNode> parsed = parse(language, utf8, null, context);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        SyntaxNode root = parsed.get();
        // Rows are found from tree-sitter's UTF-8 byte offsets, so both sides must count bytes alike.
        if (root.endByte() > lines.byteLength()
                || !ParseErrors.acceptable(root, lines, settings.toleratedErrors(), settings.maxBodyLines())) {
            return Optional.empty();
        }
        SkeletonPlanner planner = new SkeletonPlanner(language, settings, lines);
        planner.plan(root);
        return Optional.of(planner);
    }

    private Optional<SyntaxNode> parse(CodeLanguage language, byte[] utf8, int[] skipped, CompressionContext context) {
        // The planner reads children only below nodes spanning maxBodyLines rows (SkeletonPlanner#visitChildren).
        return parser.parse(language, utf8, skipped, context.deadlineNanos(), settings.maxBodyLines());
    }

}
