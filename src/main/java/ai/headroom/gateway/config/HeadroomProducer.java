package ai.headroom.gateway.config;

import ai.headroom.core.Headroom;
import ai.headroom.core.Settings;
import ai.headroom.core.ccr.CcrStore;
import ai.headroom.core.ccr.InMemoryCcrStore;
import ai.headroom.core.ccr.InfinispanCcrStore;
import ai.headroom.core.compress.Compressor;
import ai.headroom.core.compress.kompress.Kompress;
import ai.headroom.core.compress.kompress.KompressModel;
import ai.headroom.core.compress.kompress.KompressSettings;
import ai.headroom.core.compress.kompress.ModelLoad;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;
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

    private static final Logger LOG = Logger.getLogger(HeadroomProducer.class);

    @Produces
    @Singleton
    Headroom headroom(GatewayConfig config, Instance<Compressor> extraCompressors, Instance<RedisAPI> redis) {
        Settings settings = Settings.defaults()
                .withDeadline(config.compressionDeadline())
                .withCcrTtl(config.ccr().ttl())
                .withCacheAlign(config.cacheAlign());
        Headroom.Builder builder = Headroom.builder().settings(settings).store(store(config, redis));
        // Sorted by name so the registration order (and so the chosen compressor per kind) is stable.
        kompress(config).ifPresent(builder::compressor);
        List<Compressor> extra = extraCompressors.stream().sorted(Comparator.comparing(Compressor::name)).toList();
        extra.forEach(builder::compressor);
        return builder.build();
    }

    /**
     * Kompress replaces TextCrusher for prose when a model directory is configured. The model is loaded
     * here, at start-up, never on a request; a directory that does not load is logged and TextCrusher stays.
     */
    static Optional<Compressor> kompress(GatewayConfig config) {
        if (config.kompressModelDir().isEmpty()) {
            return Optional.empty();
        }
        Path dir = config.kompressModelDir().get();
        return switch (KompressModel.load(dir)) {
            case ModelLoad.Ready ready -> {
                LOG.infof("Kompress model loaded from %s (%s)", dir, ready.model().graphFile().getFileName());
                yield Optional.of(new Kompress(ready.model(), KompressSettings.DEFAULT));
            }
            case ModelLoad.Failed failed -> {
                LOG.warnf("Kompress disabled, prose falls back to TextCrusher: %s", failed.reason());
                yield Optional.empty();
            }
        };
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
