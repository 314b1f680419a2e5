package ai.headroom.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.headroom.core.CompressionRequest;
import ai.headroom.core.CompressionResult;
import ai.headroom.core.Headroom;
import ai.headroom.core.Settings;
import ai.headroom.core.ccr.StoreUnavailableException;
import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.CompressionContext;
import ai.headroom.core.compress.Compressor;
import ai.headroom.core.content.ContentKind;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedisCcrStoreTest {

    private final RealRedis redis = new RealRedis();
    private Vertx vertx;
    private RedisCcrStore store;

    @BeforeEach
    void start() {
        redis.start();
        vertx = Vertx.vertx();
        store = new RedisCcrStore(RedisAPI.api(Redis.createClient(vertx, redis.url())), Duration.ofMinutes(30),
                Duration.ofSeconds(15));
    }

    @AfterEach
    void stop() {
        store.close();
        vertx.close();
        redis.stop();
    }

    @Test
    void anOriginalComesBackByteForByteOnlyToItsTenant() throws Exception {
        String original = "ünïcödé ✓ 😀\r\n\ttab";
        store.put("alice", "0123456789abcdef01234567", original);
        assertThat(store.get("alice", "0123456789abcdef01234567")).contains(original);
        assertThat(store.get("mallory", "0123456789abcdef01234567")).isEmpty();
    }

    @Test
    void originalsExpireWithTheirTtl() throws Exception {
        RedisCcrStore shortLived = new RedisCcrStore(RedisAPI.api(Redis.createClient(vertx, redis.url())),
                Duration.ofMillis(300), Duration.ofSeconds(15));
        shortLived.put("t", "aaaaaaaaaaaaaaaaaaaaaaaa", "x");
        assertThat(shortLived.get("t", "aaaaaaaaaaaaaaaaaaaaaaaa")).contains("x");
        Thread.sleep(600);
        assertThat(shortLived.get("t", "aaaaaaaaaaaaaaaaaaaaaaaa")).isEmpty();
    }

    @Test
    void decisionsAreSharedThroughRedis() throws Exception {
        store.remember("t", "key", "U TEXT ");
        Thread.sleep(100); // remember() does not wait for the write
        assertThat(store.decision("t", "key")).contains("U TEXT ");
    }

    @Test
    void whenRedisIsDownWritesFailWithACheckedErrorAndHealthSaysDown() {
        redis.stop();
        assertThatThrownBy(() -> store.put("t", "bbbbbbbbbbbbbbbbbbbbbbbb", "x"))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(store.available()).isFalse();
        assertThat(store.decision("t", "key")).isEmpty();
    }

    @Test
    void withRedisDownCompressionKeepsOnlyLosslessChangesAndStillAnswers() {
        redis.stop();
        Compressor lossy = new Compressor() {
            public String name() { return "cut"; }
            public ContentKind kind() { return ContentKind.TEXT; }
            public Compressed compress(String text, CompressionContext ctx) {
                return ctx.lossyAllowed() ? Compressed.lossy(text.substring(0, 50) + ctx.marker("cut"))
                        : Compressed.unchanged(text);
            }
        };
        String body = "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"" + "word ".repeat(400) + "\"}]}";
        try (Headroom h = Headroom.builder().store(store).compressor(lossy)
                .settings(Settings.defaults().withDeadline(Duration.ofSeconds(10))).build()) {
            CompressionResult r = h.compress(CompressionRequest.of(body.getBytes(StandardCharsets.UTF_8)));
            assertThat(r.modified()).isFalse();
            assertThat(r.ccrHashes()).isEmpty();
        }
    }
}
