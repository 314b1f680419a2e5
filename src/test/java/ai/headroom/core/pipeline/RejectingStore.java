package ai.headroom.core.pipeline;

import ai.headroom.core.ccr.CcrStore;
import ai.headroom.core.ccr.InMemoryCcrStore;
import ai.headroom.core.ccr.StoreUnavailableException;
import java.util.Optional;

/** A store whose writes of originals all fail, as a full disk or a down Redis would. */
final class RejectingStore implements CcrStore {
    private final InMemoryCcrStore decisions = new InMemoryCcrStore();

    @Override
    public void put(String tenant, String hash, String original) throws StoreUnavailableException {
        throw new StoreUnavailableException("disk full", null);
    }

    @Override
    public Optional<String> get(String tenant, String hash) {
        return Optional.empty();
    }

    @Override
    public Optional<String> decision(String tenant, String key) {
        return decisions.decision(tenant, key);
    }

    @Override
    public void remember(String tenant, String key, String compressed) {
        decisions.remember(tenant, key, compressed);
    }

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public void close() {}
}
