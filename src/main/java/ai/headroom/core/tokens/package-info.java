/** Token counting per model (jtokkit encodings, a scaled estimate for Claude) and a memo of large blocks' counts. Thread-safe. */
package ai.headroom.core.tokens;
