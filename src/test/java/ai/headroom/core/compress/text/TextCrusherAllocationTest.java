package ai.headroom.core.compress.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import ai.headroom.core.compress.CompressionContext;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** Garbage per call turns a sub-millisecond compression into a young-GC tail: it stays a small multiple of the input. */
class TextCrusherAllocationTest {

    @Test
    void compressingTheSupportThreadAllocatesLessThanFifteenTimesItsSize() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeThat(threads.isThreadAllocatedMemorySupported()).isTrue();
        String doc = ProseFixtures.supportThread();
        CompressionContext ctx = CompressionContext.of(doc, "why does memory grow with the upload size?");
        TextCrusher crusher = new TextCrusher();
        for (int i = 0; i < 20; i++) {
            crusher.compress(doc, ctx); // classes loaded and initialised; the count below holds even interpreted
        }

        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 20; i++) {
            crusher.compress(doc, ctx);
        }
        long perRun = (threads.getCurrentThreadAllocatedBytes() - before) / 20;

        // Measured: about 9x (38 KB for 4.2 KB); before ids and primitive indexes it was 46x (194 KB).
        assertThat(perRun).isLessThan(15L * doc.length());
    }
}
