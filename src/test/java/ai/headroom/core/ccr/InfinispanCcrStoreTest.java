package ai.headroom.core.ccr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfinispanCcrStoreTest {

    @TempDir
    Path dir;

    @Test
    void anOriginalComesBackByteForByteToTheTenantThatStoredIt() throws Exception {
        String original = "line one\r\n\ttabs, ünïcödé, emoji 😀 and \u0000 nul";
        try (InfinispanCcrStore store = InfinispanCcrStore.inMemory(Duration.ofMinutes(5), 16 << 20)) {
            store.put("alice", "0123456789abcdef01234567", original);
            assertThat(store.get("alice", "0123456789abcdef01234567")).contains(original);
            assertThat(store.get("bob", "0123456789abcdef01234567")).isEmpty();
        }
    }

    @Test
    void entriesExpireAfterTheirTtl() throws Exception {
        try (InfinispanCcrStore store = InfinispanCcrStore.inMemory(Duration.ofMillis(200), 16 << 20)) {
            store.put("t", "aaaaaaaaaaaaaaaaaaaaaaaa", "x");
            assertThat(store.get("t", "aaaaaaaaaaaaaaaaaaaaaaaa")).contains("x");
            Thread.sleep(400);
            assertThat(store.get("t", "aaaaaaaaaaaaaaaaaaaaaaaa")).isEmpty();
        }
    }

    @Test
    void anOnDiskStoreKeepsOriginalsAndDecisionsAcrossProcesses() throws Exception {
        try (InfinispanCcrStore store = InfinispanCcrStore.onDisk(dir, Duration.ofMinutes(5), 16 << 20)) {
            store.put("local", "bbbbbbbbbbbbbbbbbbbbbbbb", "persisted original");
            store.remember("local", "k", "U TEXT ");
        }
        try (InfinispanCcrStore store = InfinispanCcrStore.onDisk(dir, Duration.ofMinutes(5), 16 << 20)) {
            assertThat(store.get("local", "bbbbbbbbbbbbbbbbbbbbbbbb")).contains("persisted original");
            assertThat(store.decision("local", "k")).contains("U TEXT ");
            assertThat(store.available()).isTrue();
        }
    }

    @Test
    void aClosedStoreRefusesWritesWithACheckedErrorAndReadsAsEmpty() {
        InfinispanCcrStore store = InfinispanCcrStore.inMemory(Duration.ofMinutes(5), 16 << 20);
        store.close();
        assertThat(store.available()).isFalse();
        assertThat(store.get("t", "cccccccccccccccccccccccc")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.put("t", "cccccccccccccccccccccccc", "x"))
                .isInstanceOf(StoreUnavailableException.class);
    }
}
