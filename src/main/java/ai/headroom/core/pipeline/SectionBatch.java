package ai.headroom.core.pipeline;

import java.util.EnumMap;
import ai.headroom.core.content.ContentKind;
import ai.headroom.core.compress.BatchCompressor;
import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.Compressor;
import ai.headroom.core.content.Section;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request's batch compressor calls: every eligible section of the request's fresh blocks goes to its
 * {@link BatchCompressor} in one call per compressor, before the blocks are compressed one by one. Blocks
 * whose decision was remembered are never in it. Used by one request's thread only.
 */
final class SectionBatch {

    /** No batch compressor in play: every section is compressed when its block is. */
    static final SectionBatch NONE = new SectionBatch();

    /** Each block's sections, split once (keyed by the block instance the pipeline holds). */
    private final Map<BlockCompressor.Block, List<Section>> splits = new IdentityHashMap<>();
    /** Results by section instance; a null value means the deadline came before that section was done. */
    private final Map<Section, Compressed> results = new IdentityHashMap<>();
    /** Time spent in each kind's batch call. */
    private final Map<ContentKind, Long> nanos = new EnumMap<>(ContentKind.class);

    private SectionBatch() {}

    static SectionBatch run(List<BlockCompressor.Block> fresh, BlockCompressor blocks) {
        SectionBatch batch = new SectionBatch();
        Map<BatchCompressor, List<Section>> sections = new LinkedHashMap<>();
        Map<BatchCompressor, List<BatchCompressor.Job>> jobs = new LinkedHashMap<>();
        for (BlockCompressor.Block block : fresh) {
            List<Section> split = blocks.split(block.text());
            if (split == null) {
                continue;
            }
            batch.splits.put(block, split);
            for (Section section : split) {
                Compressor c = blocks.eligible(section, block.protectCode(), block.settings());
                if (c instanceof BatchCompressor b) {
                    sections.computeIfAbsent(b, k -> new ArrayList<>()).add(section);
                    jobs.computeIfAbsent(b, k -> new ArrayList<>()).add(new BatchCompressor.Job(section, block.ctx()));
                }
            }
        }
        for (Map.Entry<BatchCompressor, List<BatchCompressor.Job>> e : jobs.entrySet()) {
            List<Section> mine = sections.get(e.getKey());
            long started = System.nanoTime();
            List<Optional<Compressed>> out = call(e.getKey(), e.getValue());
            batch.nanos.merge(e.getKey().kind(), System.nanoTime() - started, Long::sum);
            for (int i = 0; i < mine.size(); i++) {
                batch.results.put(mine.get(i), out == null ? null : out.get(i).orElse(null));
            }
        }
        return batch;
    }

    /** The compressor's results; null when it threw or answered the wrong number of jobs (fail open). */
    private static List<Optional<Compressed>> call(BatchCompressor compressor, List<BatchCompressor.Job> jobs) {
        try {
            List<Optional<Compressed>> out = compressor.compressAll(jobs);
            return out != null && out.size() == jobs.size() && out.stream().allMatch(Objects::nonNull) ? out : null;
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return null;
        }
    }

    /** Time spent in each kind's batch call, in nanoseconds. */
    Map<ContentKind, Long> nanos() {
        return nanos;
    }

    /** The block's sections as split for the batch, or null when it was not split here. */
    List<Section> sections(BlockCompressor.Block block) {
        return splits.get(block);
    }

    /** Whether this section went through a batch call (then {@link #result} is what it gave). */
    boolean holds(Section section) {
        return results.containsKey(section);
    }

    /** The batch result for a held section; null when the deadline came first or the call failed. */
    Compressed result(Section section) {
        return results.get(section);
    }
}
