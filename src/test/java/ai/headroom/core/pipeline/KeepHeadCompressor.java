package ai.headroom.core.pipeline;

import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.CompressionContext;
import ai.headroom.core.compress.Compressor;
import ai.headroom.core.content.ContentKind;

/** A test compressor for plain text: keeps the first 100 characters and marks the rest as omitted. */
final class KeepHeadCompressor implements Compressor {
    @Override
    public String name() {
        return "keep_head";
    }

    @Override
    public ContentKind kind() {
        return ContentKind.TEXT;
    }

    @Override
    public Compressed compress(String text, CompressionContext ctx) {
        if (!ctx.lossyAllowed()) {
            String squeezed = text.replaceAll(" {2,}", " ");
            return Compressed.lossless(squeezed);
        }
        return Compressed.lossy(text.substring(0, 100) + ctx.marker((text.length() - 100) + " chars omitted"));
    }
}
