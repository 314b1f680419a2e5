package ai.headroom.core.compress.log;

import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.CompressionContext;
import ai.headroom.core.compress.Compressor;
import ai.headroom.core.compress.Utf8;
import ai.headroom.core.content.ContentKind;
import java.util.Objects;

/**
 * Compresses build, test and service logs: errors verbatim, stack-trace heads, deduplicated warnings,
 * tool summaries and lines about the question stay; the rest becomes counted omission lines and a marker.
 */
public final class LogCompressor implements Compressor {

    private final LogCompressorSettings settings;

    public LogCompressor() {
        this(LogCompressorSettings.defaults());
    }

    public LogCompressor(LogCompressorSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String name() {
        return "log_compressor";
    }

    @Override
    public ContentKind kind() {
        return ContentKind.LOG;
    }

    @Override
    public Compressed compress(String text, CompressionContext ctx) {
        if (text == null || text.isEmpty() || CcrMarker.isMarked(text)) {
            return Compressed.unchanged(text == null ? "" : text);
        }
        LogLines lines = LogLines.split(text);
        if (lines.size() < settings.passThroughLines()) {
            return Compressed.unchanged(text);
        }
        if (!ctx.lossyAllowed()) {
            String collapsed = DuplicateRunCollapser.collapse(lines);
            return smaller(collapsed, text) ? Compressed.lossless(collapsed) : Compressed.unchanged(text);
        }
        ClassifiedLog log = ClassifiedLog.of(lines);
        Selection selection = LineSelector.select(log, settings, ctx);
        String out = LogRenderer.render(log, selection, settings.maxLineChars(), ctx);
        return smaller(out, text) ? Compressed.lossy(out) : Compressed.unchanged(text);
    }

    private static boolean smaller(String candidate, String original) {
        return candidate != null && Utf8.length(candidate) < Utf8.length(original);
    }
}
