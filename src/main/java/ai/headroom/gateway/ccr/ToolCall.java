package ai.headroom.gateway.ccr;

/** One {@code headroom_retrieve} call the model made: its call id and the hash it asked for. */
public record ToolCall(String id, String hash) {}
