package ai.headroom.gateway.config;

import ai.headroom.core.Headroom;
import ai.headroom.core.Settings;
import ai.headroom.core.ccr.CcrStore;
import ai.headroom.core.ccr.InMemoryCcrStore;
import ai.headroom.core.ccr.InfinispanCcrStore;
import ai.headroom.core.compress.Compressor;
import ai.headroom.gateway.store.RedisCcrStore;
import io.vertx.redis.client.RedisAPI;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the one shared {@link Headroom} from the gateway config, with the CCR store the config names
 * and any {@link Compressor} beans registered on top of the built-in ones.
 */
@ApplicationScoped
public class HeadroomProducer {

    @Produces
    @Singleton
    Headroom headroom(GatewayConfig config, Instance<Compressor> extraCompressors, Instance<RedisAPI> redis) {
        Settings settings = Settings.defaults()
                .withDeadline(config.compressionDeadline())
                .withCcrTtl(config.ccr().ttl());
        Headroom.Builder builder = Headroom.builder().settings(settings).store(store(config, redis));
        // Sorted by name so the registration order (and so the chosen compressor per kind) is stable.
        List<Compressor> extra = extraCompressors.stream().sorted(Comparator.comparing(Compressor::name)).toList();
        extra.forEach(builder::compressor);
        return builder.build();
    }

    void close(@Disposes Headroom headroom) {
        headroom.close();
    }

    /**
     * The store the config names: {@code memory}/{@code infinispan} is embedded Infinispan (the default);
     * {@code redis} uses the Quarkus Redis client configured by {@code quarkus.redis.hosts}, so every
     * replica shares originals and decisions; {@code map} is a plain unbounded map (tests).
     */
    static CcrStore store(GatewayConfig config, Instance<RedisAPI> redis) {
        return switch (config.ccr().store()) {
            case "memory", "infinispan" -> InfinispanCcrStore.inMemory(config.ccr().ttl(), config.ccr().maxBytes());
            case "redis" -> new RedisCcrStore(redis.get(), config.ccr().ttl(), config.ccr().redisTimeout());
            case "map" -> new InMemoryCcrStore();
            default -> throw new IllegalArgumentException(
                    "headroom.ccr.store must be memory, infinispan, redis or map, was " + config.ccr().store());
        };
    }
}
