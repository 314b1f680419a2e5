package ai.headroom.core.pipeline;

import ai.headroom.core.Settings.RetrieveToolPolicy;
import ai.headroom.core.dialect.Dialect;
import ai.headroom.core.dialect.RetrieveTool;
import ai.headroom.core.json.JsonEdits;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Decides whether and how the {@code headroom_retrieve} tool joins a request's {@code tools}.
 *
 * <p>The tool is appended after the client's own tools so the client's part of the cached prefix is
 * unchanged, and its bytes are a constant. When the model cannot be offered a tool (a {@code tools}
 * value that is not an array, or {@code tool_choice} "none"), only lossless changes are allowed.
 */
record RetrieveToolOffer(Dialect dialect, boolean possible, boolean present, boolean clientHasTools,
        boolean toolsMember, RetrieveToolPolicy policy) {

    static RetrieveToolOffer of(JsonNode tree, Dialect dialect, RetrieveToolPolicy policy) {
        JsonNode tools = tree.get("tools");
        JsonNode choice = tree.path("tool_choice");
        boolean none = "none".equals(choice.asText("")) || "none".equals(choice.path("type").asText(""));
        boolean possible = (tools == null || tools.isArray()) && !none;
        List<String> names = dialect.toolNames(tree);
        boolean present = names.contains(RetrieveTool.NAME);
        boolean clientHasTools = names.stream().anyMatch(n -> !n.equals(RetrieveTool.NAME));
        return new RetrieveToolOffer(dialect, possible, present, clientHasTools, tools != null, policy);
    }

    /**
     * Adds the tool to the edits when the policy asks for it; {@code marked}: this request carries markers.
     * Returns whether the tools sent offer it (added now or sent by the client).
     */
    boolean apply(JsonEdits edits, boolean marked) {
        if (!possible || present) {
            return present;
        }
        boolean wanted = switch (policy) {
            case WHEN_MARKED -> marked;
            case WHEN_CLIENT_HAS_TOOLS -> marked || clientHasTools;
            case ALWAYS -> true;
        };
        if (!wanted) {
            return false;
        }
        if (toolsMember) {
            edits.appendToArray("/tools", dialect.retrieveToolJson());
        } else {
            edits.addRootMember("tools", "[" + dialect.retrieveToolJson() + "]");
        }
        return true;
    }
}
