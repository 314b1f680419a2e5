package ai.headroom.core.ccr;

import java.util.Optional;

/**
 * Where originals (and the compression decisions that must repeat turn after turn) are kept.
 *
 * <p>Every entry is scoped to a tenant (a hash of the caller's key or token): a tenant can only
 * read what it stored. Implementations are thread-safe. {@link #put} must be durable when it
 * returns (the request is forwarded right after), or throw.
 */
public interface CcrStore extends AutoCloseable {

    /** Stores an original under its hash; throws when the store cannot take it. */
    void put(String tenant, String hash, String original) throws StoreUnavailableException;

    /** The original stored by this tenant under this hash, if it is still there. */
    Optional<String> get(String tenant, String hash);

    /** The compressed form recorded for a block key, if any. Never throws: an outage reads as empty. */
    Optional<String> decision(String tenant, String key);

    /** Records the compressed form sent for a block key. Best effort: failures are swallowed. */
    void remember(String tenant, String key, String compressed);

    /** False when the store is known to be unreachable (health checks report it). */
    boolean available();

    @Override
    void close();
}
