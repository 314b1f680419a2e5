package ai.headroom.core.cache;

/**
 * How much of the previous request's prefix a new request repeated exactly.
 *
 * @param identicalSegments leading segments equal to the previous request's
 * @param previousSegments  segments of the previous request
 * @param identicalBytes    bytes of those leading identical segments
 * @param previousBytes     bytes of the previous request's segments
 * @param firstChange       label of the first segment that differs ("" when the whole previous prefix held)
 */
public record PrefixReport(int identicalSegments, int previousSegments, long identicalBytes, long previousBytes,
        String firstChange) {

    /** Share of the previous request's bytes repeated as the new request's prefix: 1.0 means fully cacheable. */
    public double ratio() {
        return previousBytes == 0 ? 1.0 : (double) identicalBytes / previousBytes;
    }
}
