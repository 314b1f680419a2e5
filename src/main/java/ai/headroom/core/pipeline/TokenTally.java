package ai.headroom.core.pipeline;

import ai.headroom.core.CompressionResult.KindStats;
import ai.headroom.core.CompressionResult.TokenFigures;
import ai.headroom.core.content.ContentKind;
import ai.headroom.core.tokens.TokenCounter;
import ai.headroom.core.tokens.TokenMemo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects one request's slots as they are processed, and counts their tokens later, on demand.
 * Filled by one thread; {@link #count} may run on another after the request has been handed over.
 */
final class TokenTally {

    /** One slot: its text before and after, and its kind (null when the slot was not considered). */
    private record Entry(String before, String hash, String after, ContentKind kind) {}

    private final List<Entry> entries = new ArrayList<>();
    int failures;
    /** Tokens removed by dropping whole messages (IntelligentContext), subtracted from the after count. */
    int droppedTokens;
    final Set<String> transforms = new LinkedHashSet<>();
    /** Time spent in each kind's compressors, in nanoseconds. */
    final Map<ContentKind, Long> compressorNanos = new EnumMap<>(ContentKind.class);
    final List<String> hashes = new ArrayList<>();

    /** A slot left out by the gate. */
    void skipped(String text, String hash) {
        entries.add(new Entry(text, hash, text, null));
    }

    /** A slot that went through a compressor (changed or not), which spent {@code nanos} on it. */
    void block(String before, String hash, String after, ContentKind kind, long nanos) {
        entries.add(new Entry(before, hash, after, kind));
        compressorTime(kind, nanos);
    }

    /** Time a kind's compressor spent outside any one slot (a batch call over several). */
    void compressorTime(ContentKind kind, long nanos) {
        if (nanos > 0) {
            compressorNanos.merge(kind, nanos, Long::sum);
        }
    }

    /** Counts every slot; large unchanged blocks come from the memo when an earlier turn counted them. */
    TokenFigures count(TokenCounter counter, TokenMemo memo) {
        int before = 0;
        int after = 0;
        Map<ContentKind, KindStats> kinds = new EnumMap<>(ContentKind.class);
        for (Entry e : entries) {
            int b = memo.count(counter, e.before(), e.hash());
            int a = e.after().equals(e.before()) ? b : counter.count(e.after());
            before += b;
            after += a;
            if (e.kind() != null) {
                kinds.merge(e.kind(), new KindStats(1, b, a, 0), (x, y) ->
                        new KindStats(x.blocks() + 1, x.tokensBefore() + b, x.tokensAfter() + a, 0));
            }
        }
        compressorNanos.forEach((kind, nanos) -> kinds.merge(kind, new KindStats(0, 0, 0, nanos),
                (x, y) -> new KindStats(x.blocks(), x.tokensBefore(), x.tokensAfter(), x.compressorNanos() + nanos)));
        return new TokenFigures(before, Math.max(0, after - droppedTokens), Collections.unmodifiableMap(kinds));
    }
}
