package ai.headroom.gateway;

import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.CompressionContext;
import ai.headroom.core.compress.Compressor;
import ai.headroom.core.content.ContentKind;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A lossy text compressor for the gateway tests: text holding {@code COMPRESS-ME} keeps its first 100
 * characters plus a marker; text holding {@code BOOM} makes it throw; anything else is left alone.
 */
@ApplicationScoped
public class TestCompressor implements Compressor {

    static final int KEEP = 100;

    @Override
    public String name() {
        return "test_keep_head";
    }

    @Override
    public ContentKind kind() {
        return ContentKind.TEXT;
    }

    @Override
    public Compressed compress(String text, CompressionContext ctx) {
        if (text.contains("BOOM")) {
            throw new IllegalStateException("test compressor failure");
        }
        if (!text.contains("COMPRESS-ME") || !ctx.lossyAllowed()) {
            return Compressed.unchanged(text);
        }
        return Compressed.lossy(text.substring(0, KEEP) + ctx.marker(summary(text)));
    }

    static String summary(String text) {
        return (text.length() - KEEP) + " chars omitted";
    }
}
