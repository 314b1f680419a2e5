package ai.headroom.core.pipeline;

import ai.headroom.core.CompressionResult.KindStats;
import ai.headroom.core.content.ContentKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Adds up one request's figures as its slots are processed. Not thread-safe: one per request. */
final class TokenTally {
    int before;
    int after;
    int failures;
    final Set<String> transforms = new LinkedHashSet<>();
    final List<String> hashes = new ArrayList<>();
    final Map<ContentKind, KindStats> kinds = new EnumMap<>(ContentKind.class);

    void slot(int tokensBefore, int tokensAfter) {
        before += tokensBefore;
        after += tokensAfter;
    }

    void block(ContentKind kind, int tokensBefore, int tokensAfter) {
        kinds.merge(kind, new KindStats(1, tokensBefore, tokensAfter),
                (a, b) -> new KindStats(a.blocks() + 1, a.tokensBefore() + tokensBefore, a.tokensAfter() + tokensAfter));
    }

    Map<ContentKind, KindStats> kindsView() {
        return Collections.unmodifiableMap(new EnumMap<>(kinds));
    }
}
