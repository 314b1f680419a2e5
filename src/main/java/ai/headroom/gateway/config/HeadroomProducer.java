package ai.headroom.gateway.config;

import ai.headroom.core.Headroom;
import ai.headroom.core.Settings;
import ai.headroom.core.ccr.CcrStore;
import ai.headroom.core.ccr.InMemoryCcrStore;
import ai.headroom.core.ccr.InfinispanCcrStore;
import ai.headroom.core.compress.Compressor;
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
    Headroom headroom(GatewayConfig config, Instance<Compressor> extraCompressors) {
        Settings settings = Settings.defaults()
                .withDeadline(config.compressionDeadline())
                .withCcrTtl(config.ccr().ttl());
        Headroom.Builder builder = Headroom.builder().settings(settings).store(store(config));
        // Sorted by name so the registration order (and so the chosen compressor per kind) is stable.
        List<Compressor> extra = extraCompressors.stream().sorted(Comparator.comparing(Compressor::name)).toList();
        extra.forEach(builder::compressor);
        return builder.build();
    }

    void close(@Disposes Headroom headroom) {
        headroom.close();
    }

    /**
     * The store switch point: {@code memory} is embedded Infinispan; {@code redis} is added by the Redis
     * store ({@code ai.headroom.gateway.store.RedisCcrStore}) as a new case here.
     */
    static CcrStore store(GatewayConfig config) {
        return switch (config.ccr().store()) {
            case "memory", "infinispan" -> InfinispanCcrStore.inMemory(config.ccr().ttl(), config.ccr().maxBytes());
            case "map" -> new InMemoryCcrStore();
            default -> throw new IllegalArgumentException("headroom.ccr.store must be memory, infinispan or map, was "
                    + config.ccr().store());
        };
    }
}
