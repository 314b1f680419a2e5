package ai.headroom.core.dialect;

import java.util.Objects;

/**
 * One text slot of a request that Headroom may rewrite.
 *
 * @param pointer      JSON pointer of the string value
 * @param text         its current text
 * @param origin       what produced it
 * @param toolName     for tool results: the tool's name when the call can be found, else ""
 * @param error        for tool results: flagged as an error by the client
 * @param messageIndex index of the message (or input item) holding it; -1 for the system prompt
 * @param query        the last user question before this slot, used for relevance ("" when none)
 */
public record Slot(
        String pointer, String text, Origin origin, String toolName, boolean error, int messageIndex, String query) {

    /** Where a slot's text came from. */
    public enum Origin { SYSTEM, USER_TEXT, TOOL_RESULT }

    public Slot {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        toolName = toolName == null ? "" : toolName;
        query = query == null ? "" : query;
    }
}
