package ai.headroom.gateway.store;

import ai.headroom.core.ccr.CcrStore;
import ai.headroom.core.ccr.StoreUnavailableException;
import io.vertx.core.Future;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.Response;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * CCR originals and decisions in Redis, shared by every replica: {@code SET key value PX ttl}, keys
 * namespaced per tenant ({@code headroom:ccr:<tenant>:<hash>}, {@code headroom:dec:<tenant>:<key>}).
 *
 * <p>Called from worker threads only (it blocks, up to {@code timeout}). After a failure the store
 * reports itself down and skips decision reads for {@link #BACKOFF} so an outage costs one timeout,
 * not one per block; writes of originals are always attempted, because a lossy change depends on them.
 */
public final class RedisCcrStore implements CcrStore {

    static final Duration BACKOFF = Duration.ofSeconds(5);

    private final RedisAPI redis;
    private final Duration ttl;
    private final Duration timeout;
    private volatile long downUntilNanos;
    private volatile boolean down;

    public RedisCcrStore(RedisAPI redis, Duration ttl, Duration timeout) {
        this.redis = redis;
        this.ttl = ttl;
        this.timeout = timeout;
    }

    @Override
    public void put(String tenant, String hash, String original) throws StoreUnavailableException {
        try {
            await(redis.set(List.of(originalKey(tenant, hash), original, "PX", Long.toString(ttl.toMillis()))));
            up();
        } catch (Exception e) {
            markDown();
            throw new StoreUnavailableException("redis did not take original " + hash + ": " + describe(e), e);
        }
    }

    @Override
    public Optional<String> get(String tenant, String hash) {
        return read(originalKey(tenant, hash));
    }

    @Override
    public Optional<String> decision(String tenant, String key) {
        if (down && System.nanoTime() - downUntilNanos < 0) {
            return Optional.empty();
        }
        return read(decisionKey(tenant, key));
    }

    @Override
    public void remember(String tenant, String key, String compressed) {
        if (down && System.nanoTime() - downUntilNanos < 0) {
            return;
        }
        // Fire and forget: the request does not wait for a decision to be written.
        redis.set(List.of(decisionKey(tenant, key), compressed, "PX", Long.toString(ttl.toMillis())))
                .onFailure(e -> markDown());
    }

    @Override
    public boolean available() {
        try {
            await(redis.ping(List.of()));
            up();
            return true;
        } catch (Exception e) {
            markDown();
            return false;
        }
    }

    @Override
    public void close() {
        redis.close();
    }

    private Optional<String> read(String key) {
        try {
            Response r = await(redis.get(key));
            up();
            return r == null ? Optional.empty() : Optional.of(r.toString());
        } catch (Exception e) {
            markDown();
            return Optional.empty();
        }
    }

    private <T> T await(Future<T> future) throws InterruptedException, ExecutionException, TimeoutException {
        return future.toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void markDown() {
        down = true;
        downUntilNanos = System.nanoTime() + BACKOFF.toNanos();
    }

    private void up() {
        down = false;
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return cause instanceof TimeoutException ? "timed out" : String.valueOf(cause.getMessage());
    }

    static String originalKey(String tenant, String hash) {
        return "headroom:ccr:" + tenant + ":" + hash;
    }

    static String decisionKey(String tenant, String key) {
        return "headroom:dec:" + tenant + ":" + key;
    }
}
