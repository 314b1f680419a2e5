package ai.headroom.core.compress.diff;

import java.util.List;

/**
 * One hunk as it appeared in the input.
 *
 * @param headerLine the {@code @@ … @@} line verbatim
 * @param header     the parsed header, or null when it could not be parsed (the hunk is then never trimmed)
 * @param parents    prefix columns per body line (1, or the parent count of a combined diff)
 * @param body       the lines after the header, verbatim
 * @param added      lines added
 * @param removed    lines removed
 */
record Hunk(String headerLine, HunkHeader header, int parents, List<String> body, int added, int removed) {

    static Hunk of(String headerLine, HunkHeader header, int parents, List<String> body) {
        int added = 0;
        int removed = 0;
        for (String line : body) {
            int kind = BodyLine.kind(line, parents);
            if (kind == BodyLine.ADDED) {
                added++;
            } else if (kind == BodyLine.REMOVED) {
                removed++;
            }
        }
        return new Hunk(headerLine, header, parents, List.copyOf(body), added, removed);
    }

    /** Lines this hunk takes in the input, header included. */
    int lineCount() {
        return 1 + body.size();
    }
}
