package ai.headroom.core.pipeline;

import ai.headroom.core.Settings;
import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.compress.BatchCompressor;
import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.CompressionContext;
import ai.headroom.core.compress.Compressor;
import ai.headroom.core.content.ContentKind;
import ai.headroom.core.content.ContentRouter;
import ai.headroom.core.content.Section;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Compresses one block: splits it into sections, hands each to its kind's compressor, and keeps the
 * result only if it is valid and saves enough. Any compressor failure leaves its section as it was.
 */
final class BlockCompressor {

    /** Sections shorter than this are not worth a compressor call; they stay as written. */
    private static final int MIN_SECTION_CHARS = 200;

    private final ContentRouter router;
    private final Map<ContentKind, Compressor> compressors;

    BlockCompressor(ContentRouter router, Map<ContentKind, Compressor> compressors) {
        this.router = router;
        this.compressors = compressors;
    }

    /**
     * A block to compress.
     *
     * @param protectCode leave code sections verbatim (recent turns, or the user asked to review or fix code)
     * @param settings    the request's settings (the pipeline's own, or a request's overrides)
     */
    record Block(String text, CompressionContext ctx, boolean protectCode, Settings settings) {}

    /**
     * Splits the request's fresh blocks and runs each batch compressor once over all their eligible sections;
     * without a batch compressor among the enabled kinds, nothing is split ahead.
     */
    SectionBatch prepare(List<Block> fresh, Settings settings) {
        boolean batching = compressors.entrySet().stream()
                .anyMatch(e -> e.getValue() instanceof BatchCompressor && settings.kinds().contains(e.getKey()));
        return batching ? SectionBatch.run(fresh, this) : SectionBatch.NONE;
    }

    /** Compresses one block, using what {@code batch} already computed for its sections. */
    BlockOutcome compress(Block block, SectionBatch batch) {
        String text = block.text();
        List<Section> sections = batch.sections(block);
        if (sections == null) {
            sections = split(text);
        }
        if (sections == null) {
            return BlockOutcome.unchanged(text, ContentKind.TEXT, 1);
        }
        ContentKind dominant = dominantKind(sections);
        StringBuilder out = new StringBuilder(text.length());
        List<String> transforms = new ArrayList<>(2);
        boolean lossy = false;
        int failures = 0;
        long bytesIn = 0;
        long bytesOut = 0;
        long nanos = 0;
        for (Section section : sections) {
            int sectionBytes = bytesAtLeast(section.text());
            bytesIn += sectionBytes;
            Compressor compressor = eligible(section, block.protectCode(), block.settings());
            long started = System.nanoTime();
            Attempt result = compressor != null
                    ? attempt(compressor, section, sectionBytes, block.ctx(), batch)
                    : null;
            nanos += System.nanoTime() - started;
            if (compressor != null && cutShort(result, block.ctx())) {
                // Its answer is valid, but a compressor with more time might have done better: use it, and
                // count it like a failure so the block is compressed afresh on a later turn, not remembered so.
                failures++;
            }
            if (result == null || result.compressed().text().equals(section.text())) {
                failures += compressor != null && result == null ? 1 : 0;
                out.append(section.text());
                bytesOut += sectionBytes;
                continue;
            }
            out.append(result.compressed().text());
            bytesOut += result.bytes();
            lossy |= result.compressed().lossy();
            if (!transforms.contains(compressor.name())) {
                transforms.add(compressor.name());
            }
        }
        if (transforms.isEmpty() || !savesEnough(bytesIn, bytesOut, block.settings())) {
            return BlockOutcome.unchanged(text, dominant, failures, nanos);
        }
        return new BlockOutcome(out.toString(), lossy, List.copyOf(transforms), dominant, failures, nanos);
    }

    /**
     * Whether a compressor probably gave up for lack of time: lossy changes were allowed, the deadline has
     * passed and it made none (compressors check the deadline and fall back to lossless or unchanged).
     */
    private static boolean cutShort(Attempt result, CompressionContext ctx) {
        return result != null && ctx.lossyAllowed() && !result.compressed().lossy() && ctx.pastDeadline();
    }

    /** The router's sections of {@code text}; null when the router failed on it. */
    List<Section> split(String text) {
        try {
            return router.split(text);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /** The compressor for this section, or null when the section is left as written. */
    Compressor eligible(Section section, boolean protectCode, Settings settings) {
        Compressor compressor = compressors.get(section.kind());
        boolean eligible = compressor != null
                && settings.kinds().contains(section.kind())
                && section.text().length() >= MIN_SECTION_CHARS
                && !(protectCode && section.kind() == ContentKind.CODE);
        return eligible ? compressor : null;
    }

    /** A compressor's valid result and its UTF-8 size. */
    private record Attempt(Compressed compressed, int bytes) {}

    /**
     * Runs one compressor, or takes the result its batch call gave (null when the deadline came first); null
     * when it threw, broke its contract or ran out of time (fail open).
     */
    private static Attempt attempt(Compressor compressor, Section section, int sectionBytes, CompressionContext ctx,
            SectionBatch batch) {
        Compressed result;
        try {
            result = batch.holds(section) ? batch.result(section) : compressor.compress(section, ctx);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return null;
        }
        if (result == null) {
            return null;
        }
        int resultBytes = bytes(result.text());
        if (resultBytes > sectionBytes && resultBytes > bytes(section.text())) {
            return null;
        }
        if (result.lossy() && (!ctx.lossyAllowed() || !CcrMarker.references(result.text(), ctx.hash()))) {
            return null;
        }
        return new Attempt(result, resultBytes);
    }

    private static boolean savesEnough(long bytesIn, long bytesOut, Settings settings) {
        return bytesIn > 0 && (double) (bytesIn - bytesOut) / bytesIn >= settings.minSavings();
    }

    private static ContentKind dominantKind(List<Section> sections) {
        Map<ContentKind, Integer> chars = new EnumMap<>(ContentKind.class);
        for (Section s : sections) {
            chars.merge(s.kind(), s.text().length(), Integer::sum);
        }
        ContentKind best = ContentKind.TEXT;
        int most = -1;
        for (Map.Entry<ContentKind, Integer> e : chars.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /**
     * The char count: the UTF-8 size for ASCII, a lower bound otherwise. Good enough for the 15% threshold;
     * for "never larger" the exact size of a big input is computed only when a result comes close to it.
     */
    private static int bytesAtLeast(String s) {
        return s.length();
    }

    private static int bytes(String s) {
        // UTF-8 length without allocating: most tool output is ASCII, so this is a tight loop.
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
