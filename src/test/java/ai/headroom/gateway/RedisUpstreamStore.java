package ai.headroom.gateway;

import ai.headroom.gateway.store.RealRedis;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts a real redis-server process and points the proxy's CCR store at it. */
public class RedisUpstreamStore implements QuarkusTestResourceLifecycleManager {

    static RealRedis redis;

    @Override
    public Map<String, String> start() {
        redis = new RealRedis().start();
        return Map.of("headroom.ccr.store", "redis", "quarkus.redis.hosts", redis.url(),
                "headroom.ccr.redis-timeout", "3s");
    }

    @Override
    public void stop() {
        if (redis != null) {
            redis.stop();
        }
    }
}
