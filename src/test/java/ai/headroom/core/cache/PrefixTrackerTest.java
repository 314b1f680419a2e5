package ai.headroom.core.cache;

import static ai.headroom.core.cache.ClaudeCodeRequests.bytes;
import static ai.headroom.core.cache.ClaudeCodeRequests.request;
import static ai.headroom.core.cache.ClaudeCodeRequests.tree;
import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.core.dialect.AnthropicMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PrefixTrackerTest {

    private static PrefixFingerprint fingerprint(String body) {
        return PrefixFingerprint.of(bytes(body), AnthropicMessages.INSTANCE);
    }

    private static String key(String body) {
        return PrefixTracker.sessionKey("tenant-a", "claude-sonnet-4-5", fingerprint(body));
    }

    @Test
    void theFirstRequestOfASessionHasNothingToCompareWith() {
        String turn1 = request("2025-11-20", 1);

        assertThat(new PrefixTracker(10).observe(key(turn1), fingerprint(turn1))).isEmpty();
    }

    @Test
    void aNextTurnThatRepeatsTheWholePreviousRequestHasRatioOne() {
        PrefixTracker tracker = new PrefixTracker(10);
        String turn1 = request("2025-11-20", 1);
        String turn2 = request("2025-11-20", 2);
        tracker.observe(key(turn1), fingerprint(turn1));

        PrefixReport report = tracker.observe(key(turn2), fingerprint(turn2)).orElseThrow();

        assertThat(report.ratio()).isEqualTo(1.0);
        assertThat(report.identicalSegments()).isEqualTo(report.previousSegments()).isEqualTo(2 + 2 + 3);
        assertThat(report.firstChange()).isEmpty();
    }

    @Test
    void aChangedDateBreaksThePrefixAtTheSystemBlockAndTheAlignerNamesIt() {
        PrefixTracker tracker = new PrefixTracker(10);
        String turn1 = request("2025-11-20", 1);
        String turn2 = request("2025-11-21", 2);
        tracker.observe(key(turn1), fingerprint(turn1));

        PrefixReport report = tracker.observe(key(turn2), fingerprint(turn2)).orElseThrow();
        List<VolatileValue> found = new CacheAligner().scan(tree(turn2), AnthropicMessages.INSTANCE);

        assertThat(key(turn1)).isEqualTo(key(turn2));
        assertThat(report.firstChange()).isEqualTo("system/1");
        assertThat(report.identicalSegments()).isEqualTo(3);
        PrefixFingerprint previous = fingerprint(turn1);
        long toolsAndFirstBlock = previous.segments().subList(0, 3).stream().mapToLong(PrefixFingerprint.Segment::bytes).sum();
        assertThat(report.ratio()).isEqualTo((double) toolsAndFirstBlock / previous.totalBytes());
        assertThat(found).anySatisfy(v -> {
            assertThat(v.pointer()).isEqualTo("/system/1/text");
            assertThat(v.sample()).isEqualTo("2025-11-21");
        });
    }

    @Test
    void afterMovingVolatileLinesADateChangeNoLongerBreaksTheSystemPrefix() {
        CacheAligner aligner = new CacheAligner(true);
        String turn1 = moved(aligner, request("2025-11-20", 1));
        String turn2 = moved(aligner, request("2025-11-21", 2));

        PrefixReport report = PrefixTracker.compare(fingerprint(turn1), fingerprint(turn2));
        PrefixReport unmoved = PrefixTracker.compare(fingerprint(request("2025-11-20", 1)),
                fingerprint(request("2025-11-21", 2)));

        assertThat(report.firstChange()).as("only the turn that carried the reminder differs").isEqualTo("messages/2");
        assertThat(report.identicalSegments()).isEqualTo(2 + 2 + 2);
        assertThat(report.ratio()).isGreaterThan(unmoved.ratio() * 3);
    }

    @Test
    void theOldestSessionIsForgottenWhenTheBoundIsReached() {
        PrefixTracker tracker = new PrefixTracker(2);
        PrefixFingerprint fp = fingerprint(request("2025-11-20", 1));
        tracker.observe("a", fp);
        tracker.observe("b", fp);
        tracker.observe("a", fp);
        tracker.observe("c", fp);

        assertThat(tracker.size()).isEqualTo(2);
        assertThat(tracker.observe("a", fp)).isPresent();
        assertThat(tracker.observe("b", fp)).isEmpty();
    }

    @Test
    void concurrentSessionsEachSeeOnlyTheirOwnHistory() throws Exception {
        PrefixTracker tracker = new PrefixTracker(1_000);
        PrefixFingerprint fp = fingerprint(request("2025-11-20", 1));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String session = "s" + t;
                results.add(pool.submit(() -> {
                    int reports = 0;
                    for (int i = 0; i < 200; i++) {
                        reports += tracker.observe(session, fp).map(r -> r.ratio() == 1.0 ? 1 : 0).orElse(0);
                    }
                    return reports;
                }));
            }
            for (Future<Integer> f : results) {
                assertThat(f.get()).isEqualTo(199);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String moved(CacheAligner aligner, String body) {
        return new String(ai.headroom.core.json.JsonSplicer.apply(bytes(body),
                aligner.align(tree(body), AnthropicMessages.INSTANCE).edits()), java.nio.charset.StandardCharsets.UTF_8);
    }
}
