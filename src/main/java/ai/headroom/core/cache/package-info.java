/**
 * Keeping the provider's prompt cache hitting: {@link ai.headroom.core.cache.CacheAligner} finds (and can
 * move) values in the system prompt that change every request, {@link ai.headroom.core.cache.PrefixTracker}
 * measures how much of each session's previous prefix the next request repeated. The aligner is stateless;
 * the tracker is a bounded, synchronized LRU. Both are thread-safe.
 */
package ai.headroom.core.cache;
