package ai.headroom.core.dialect;

/** The {@code headroom_retrieve} tool: its name, its description and its input schema, shared by every dialect. */
public final class RetrieveTool {

    public static final String NAME = "headroom_retrieve";

    /** Fixed text: the tool's bytes must be identical on every request or the prompt cache breaks. */
    public static final String DESCRIPTION = "Retrieve the original, uncompressed content that Headroom replaced"
            + " with a marker such as [... Retrieve more: hash=<24 hex>]. Call it with that hash when the"
            + " omitted part matters for the task.";

    /** JSON Schema of the input: {"hash": string}. */
    public static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"hash\":{\"type\":\"string\","
            + "\"description\":\"The 24-character hash from the marker.\"}},\"required\":[\"hash\"]}";

    private RetrieveTool() {}

    static String quotedDescription() {
        return "\"" + DESCRIPTION.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
