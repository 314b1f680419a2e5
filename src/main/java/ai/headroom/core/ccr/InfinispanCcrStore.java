package ai.headroom.core.ccr;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;
import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.configuration.cache.StorageType;
import org.infinispan.configuration.global.GlobalConfigurationBuilder;
import org.infinispan.eviction.EvictionStrategy;
import org.infinispan.manager.DefaultCacheManager;

/**
 * The default store: an embedded Infinispan cache with a TTL and a byte bound, in memory or on disk.
 *
 * <p>Originals and decisions share one cache under prefixed keys ({@code o:tenant:hash},
 * {@code d:tenant:key}) so one size bound covers both; reading a decision refreshes nothing, but
 * every reuse re-puts its original (see the pipeline), so both age together.
 */
public final class InfinispanCcrStore implements CcrStore {

    private final DefaultCacheManager manager;
    private final Cache<String, String> cache;
    private final Duration ttl;

    private InfinispanCcrStore(DefaultCacheManager manager, Cache<String, String> cache, Duration ttl) {
        this.manager = manager;
        this.cache = cache;
        this.ttl = ttl;
    }

    /** An in-memory store bounded to {@code maxBytes} of entries. */
    public static InfinispanCcrStore inMemory(Duration ttl, long maxBytes) {
        return open(null, ttl, maxBytes);
    }

    /** A store persisted under {@code dir}, so originals survive across processes (the CLI's --store). */
    public static InfinispanCcrStore onDisk(Path dir, Duration ttl, long maxBytes) {
        return open(Objects.requireNonNull(dir, "dir"), ttl, maxBytes);
    }

    private static InfinispanCcrStore open(Path dir, Duration ttl, long maxBytes) {
        GlobalConfigurationBuilder global = new GlobalConfigurationBuilder().nonClusteredDefault();
        global.jmx().disable();
        global.cacheManagerName("headroom-ccr");
        if (dir != null) {
            global.globalState().enable().persistentLocation(dir.toAbsolutePath().toString());
        } else {
            global.globalState().disable();
        }
        ConfigurationBuilder cache = new ConfigurationBuilder();
        cache.expiration().lifespan(ttl.toMillis(), TimeUnit.MILLISECONDS).wakeUpInterval(1, TimeUnit.MINUTES);
        cache.memory().storage(StorageType.OFF_HEAP).maxSize(Long.toString(maxBytes))
                .whenFull(EvictionStrategy.REMOVE);
        if (dir != null) {
            cache.persistence().passivation(false).addSoftIndexFileStore()
                    .dataLocation(dir.resolve("data").toAbsolutePath().toString())
                    .indexLocation(dir.resolve("index").toAbsolutePath().toString())
                    .preload(false);
        }
        DefaultCacheManager manager = new DefaultCacheManager(global.build());
        manager.defineConfiguration("ccr", cache.build());
        Cache<String, String> c = manager.getCache("ccr");
        return new InfinispanCcrStore(manager, c, ttl);
    }

    @Override
    public void put(String tenant, String hash, String original) throws StoreUnavailableException {
        try {
            cache.put(originalKey(tenant, hash), original, ttl.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("embedded store rejected original " + hash + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> get(String tenant, String hash) {
        try {
            return Optional.ofNullable(cache.get(originalKey(tenant, hash)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> decision(String tenant, String key) {
        try {
            return Optional.ofNullable(cache.get("d:" + tenant + ":" + key));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void remember(String tenant, String key, String compressed) {
        try {
            cache.put("d:" + tenant + ":" + key, compressed, ttl.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            // Best effort by contract: a lost decision only costs one cache miss on a later turn.
        }
    }

    @Override
    public boolean available() {
        return cache.getStatus().allowInvocations();
    }

    @Override
    public void close() {
        manager.stop();
    }

    private static String originalKey(String tenant, String hash) {
        return "o:" + tenant + ":" + hash;
    }
}
