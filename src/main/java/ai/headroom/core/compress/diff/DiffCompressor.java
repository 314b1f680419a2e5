package ai.headroom.core.compress.diff;

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
 * Shrinks unified, git and combined diffs: keeps every file header, trims context to a few lines, keeps the
 * first, last and most telling hunks of the most telling files, and counts what it left out.
 *
 * <p>A diff has no lossless rewrite worth making (every line is a fact a reviewer may need), so without
 * permission to be lossy the input is returned unchanged. Stateless and thread-safe.
 */
public final class DiffCompressor implements Compressor {

    private final DiffSettings settings;

    public DiffCompressor() {
        this(DiffSettings.defaults());
    }

    public DiffCompressor(DiffSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String name() {
        return "diff_compressor";
    }

    @Override
    public ContentKind kind() {
        return ContentKind.DIFF;
    }

    @Override
    public Compressed compress(String text, CompressionContext ctx) {
        try {
            return compressOrUnchanged(text, ctx);
        } catch (RuntimeException e) {
            // Fail open: a diff we misread is passed on as it came.
            return Compressed.unchanged(text);
        }
    }

    private Compressed compressOrUnchanged(String text, CompressionContext ctx) {
        if (!ctx.lossyAllowed() || ctx.pastDeadline() || CcrMarker.isMarked(text)) {
            return Compressed.unchanged(text);
        }
        boolean endsWithNewline = text.endsWith("\n");
        String[] lines = (endsWithNewline ? text.substring(0, text.length() - 1) : text).split("\n", -1);
        if (lines.length < settings.minLines()) {
            return Compressed.unchanged(text);
        }
        List<DiffBlock> blocks = DiffParser.parse(lines);
        List<DiffBlock.FileDiff> files = blocks.stream()
                .filter(DiffBlock.FileDiff.class::isInstance).map(DiffBlock.FileDiff.class::cast).toList();
        if (files.stream().allMatch(f -> f.hunks().isEmpty() && f.binaryPayload().isEmpty())) {
            return Compressed.unchanged(text);
        }
        DiffPlan plan = DiffPlan.choose(files, new HunkScorer(QueryWords.of(ctx.query())), settings);
        String out = DiffRenderer.render(blocks, plan, settings, ctx, text.length());
        if (endsWithNewline) {
            out = out + "\n";
        }
        if (Utf8.length(out) >= Utf8.length(text)) {
            return Compressed.unchanged(text);
        }
        return Compressed.lossy(out);
    }
}
