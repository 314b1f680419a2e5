/**
 * The log compressor: keeps errors verbatim, stack-trace heads, deduplicated warnings, tool summaries
 * and lines relevant to the user's question, and replaces everything else by counted omission lines
 * plus one CCR marker. Every class here is stateless (or confined to one call) and thread-safe.
 */
package ai.headroom.core.compress.log;
