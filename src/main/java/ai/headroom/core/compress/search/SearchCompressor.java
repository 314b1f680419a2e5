package ai.headroom.core.compress.search;

import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.Utf8;
import ai.headroom.core.compress.CompressionContext;
import ai.headroom.core.compress.Compressor;
import ai.headroom.core.compress.QueryWords;
import ai.headroom.core.content.ContentKind;
import java.util.List;
import java.util.Objects;

/**
 * Shrinks grep and ripgrep output: groups hits by file, keeps every line with an error word and the most
 * relevant other matches, and names every file and count it leaves out.
 *
 * <p>Without permission to be lossy it only writes each file's path once instead of on every line, which
 * loses nothing. Stateless and thread-safe.
 */
public final class SearchCompressor implements Compressor {

    /** Below this share of recognised lines the text is not search output, and is left alone. */
    private static final double MIN_RECOGNISED = 0.6;

    private final SearchSettings settings;

    public SearchCompressor() {
        this(SearchSettings.defaults());
    }

    public SearchCompressor(SearchSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String name() {
        return "search_compressor";
    }

    @Override
    public ContentKind kind() {
        return ContentKind.SEARCH;
    }

    @Override
    public Compressed compress(String text, CompressionContext ctx) {
        try {
            return compressOrUnchanged(text, ctx);
        } catch (RuntimeException e) {
            // Fail open: output we misread is passed on as it came.
            return Compressed.unchanged(text);
        }
    }

    private Compressed compressOrUnchanged(String text, CompressionContext ctx) {
        if (ctx.pastDeadline() || CcrMarker.isMarked(text)) {
            return Compressed.unchanged(text);
        }
        boolean endsWithNewline = text.endsWith("\n");
        String[] raw = (endsWithNewline ? text.substring(0, text.length() - 1) : text).split("\n", -1);
        List<GrepLine> lines = GrepParser.parse(raw);
        long matches = lines.stream().filter(l -> l.kind() == GrepLine.Kind.MATCH).count();
        long recognised = lines.stream().filter(l -> l.kind() != GrepLine.Kind.OTHER).count();
        if (matches == 0 || recognised < MIN_RECOGNISED * lines.size()) {
            return Compressed.unchanged(text);
        }
        boolean lossy = ctx.lossyAllowed() && matches >= settings.minMatches();
        String out = lossy
                ? SearchRenderer.lossy(SearchPlan.choose(lines, new LineScorer(QueryWords.of(ctx.query())), settings), ctx)
                : SearchRenderer.regrouped(lines);
        if (!lossy && out.endsWith("\n")) {
            out = out.substring(0, out.length() - 1);
        }
        if (endsWithNewline) {
            out = out + "\n";
        }
        if (Utf8.length(out) >= Utf8.length(text)) {
            return Compressed.unchanged(text);
        }
        return lossy ? Compressed.lossy(out) : Compressed.lossless(out);
    }
}
