/**
 * Fitting a request into the model's context window once compression is not enough: whole groups of
 * messages (a tool call with its result, an Anthropic assistant turn with its answer) are dropped by value,
 * never the system prompt, the first user message or the newest turns, and one CCR marker names them.
 * Stateless, deterministic and thread-safe.
 */
package ai.headroom.core.context;
