/** Compress-cache-retrieve: markers that point from compressed text to stored originals, and the stores that keep them. Stores are thread-safe and scope every entry to a tenant. */
package ai.headroom.core.ccr;
