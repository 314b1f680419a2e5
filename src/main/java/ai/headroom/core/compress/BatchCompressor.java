package ai.headroom.core.compress;

import ai.headroom.core.content.Section;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A compressor that works faster on many sections at once, such as a model that scores a whole request's
 * prose in one call; the pipeline hands it every eligible section of its kind in a request before it
 * compresses block by block.
 *
 * <p>Contract, on top of {@link Compressor}'s: a job's result is exactly what {@link #compress(Section,
 * CompressionContext)} gives for that job alone, whatever other jobs share the call (so a block compresses to
 * the same bytes on every turn); a job not finished by its context's deadline is {@link Optional#empty()}, and
 * the pipeline leaves that section as it was without remembering the outcome.
 */
public interface BatchCompressor extends Compressor {

    /** One section to compress, with the context of the block it belongs to. */
    record Job(Section section, CompressionContext context) {
        public Job {
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(context, "context");
        }
    }

    /** One result per job, in order: empty where the deadline came first. */
    List<Optional<Compressed>> compressAll(List<Job> jobs);
}
