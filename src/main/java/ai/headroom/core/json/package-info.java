/** JSON reading with exact numbers and bounded depth, and byte-level splicing that edits a document without re-serialising it. Stateless and thread-safe. */
package ai.headroom.core.json;
