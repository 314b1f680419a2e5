package ai.headroom.core;

import ai.headroom.core.content.ContentKind;
import java.util.List;
import java.util.Map;

/**
 * What compression did to a request.
 *
 * @param body          the request to forward: the very bytes passed in when {@code modified} is false
 * @param modified      whether anything changed
 * @param dialect       the request shape that was understood
 * @param model         the model the tokens were counted for
 * @param tokensBefore  tokens of the request's text content before compression
 * @param tokensAfter   the same after compression
 * @param transforms    compressors applied, in order of first use
 * @param ccrHashes     hashes of the originals stored for this request
 * @param kinds         per content kind: blocks seen and tokens before/after
 * @param failures      compressors that threw or blocks cut by the deadline (each left unchanged)
 * @param elapsedNanos  time spent compressing
 */
public record CompressionResult(
        byte[] body,
        boolean modified,
        String dialect,
        String model,
        int tokensBefore,
        int tokensAfter,
        List<String> transforms,
        List<String> ccrHashes,
        Map<ContentKind, KindStats> kinds,
        int failures,
        long elapsedNanos) {

    /** Per-kind figures. */
    public record KindStats(int blocks, int tokensBefore, int tokensAfter) {
        public KindStats plus(int before, int after) {
            return new KindStats(blocks + 1, tokensBefore + before, tokensAfter + after);
        }
    }

    public int tokensSaved() {
        return tokensBefore - tokensAfter;
    }

    /** tokens after / tokens before (1.0 when nothing was counted). */
    public double compressionRatio() {
        return tokensBefore == 0 ? 1.0 : (double) tokensAfter / tokensBefore;
    }
}
