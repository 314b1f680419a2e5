package ai.headroom.core.ccr;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plain map store without expiry or bound, for tests, the bench and short-lived library use.
 * Long-running processes use {@link InfinispanCcrStore}, which expires and bounds its entries.
 */
public final class InMemoryCcrStore implements CcrStore {

    private final ConcurrentHashMap<String, String> originals = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> decisions = new ConcurrentHashMap<>();

    @Override
    public void put(String tenant, String hash, String original) {
        originals.put(tenant + ":" + hash, original);
    }

    @Override
    public Optional<String> get(String tenant, String hash) {
        return Optional.ofNullable(originals.get(tenant + ":" + hash));
    }

    @Override
    public Optional<String> decision(String tenant, String key) {
        return Optional.ofNullable(decisions.get(tenant + ":" + key));
    }

    @Override
    public void remember(String tenant, String key, String compressed) {
        decisions.put(tenant + ":" + key, compressed);
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void close() {
        originals.clear();
        decisions.clear();
    }
}
