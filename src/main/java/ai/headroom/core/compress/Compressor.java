package ai.headroom.core.compress;

import ai.headroom.core.content.ContentKind;
import ai.headroom.core.content.Section;

/**
 * Compresses one block of one content kind.
 *
 * <p>Contract (checked by {@code CompressorContract} in the tests, which every compressor runs):
 * <ul>
 *   <li>deterministic: the same text and context give the same bytes;</li>
 *   <li>never larger than the input: when it cannot save anything it returns {@link Compressed#unchanged};</li>
 *   <li>a lossy result contains at least one marker made by {@link CompressionContext#marker(String)},
 *       so the original (stored by the pipeline under {@link CompressionContext#hash()}) stays retrievable;</li>
 *   <li>when {@link CompressionContext#lossyAllowed()} is false only lossless rewrites are made;</li>
 *   <li>bad input (not really this kind, truncated, binary) is returned unchanged, never thrown on.</li>
 * </ul>
 * Implementations are stateless and thread-safe; the pipeline catches anything they throw.
 */
public interface Compressor {

    /** Name reported in {@code transforms_applied}, e.g. {@code "smart_crusher"}. */
    String name();

    /** The kind of content this compressor is made for. */
    ContentKind kind();

    /** Compresses {@code text}; see the interface contract. */
    Compressed compress(String text, CompressionContext context);

    /**
     * Compresses one section the router found; compressors that need what the router learned (the
     * language of code, say) override this. The default ignores the detection.
     */
    default Compressed compress(Section section, CompressionContext context) {
        return compress(section.text(), context);
    }
}
