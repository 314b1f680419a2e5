package ai.headroom.core.compress.log;

/**
 * The only rewrite allowed without a stored original: a run of identical consecutive lines becomes
 * the line plus {@code [previous line repeated N more times]}, which a reader expands back exactly.
 */
final class DuplicateRunCollapser {

    static final String NOTE_PREFIX = "[previous line repeated ";

    private DuplicateRunCollapser() {}

    /** The collapsed text, or null when no run is worth collapsing or the note would be ambiguous. */
    static String collapse(LogLines lines) {
        int n = lines.size();
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        int i = 0;
        while (i < n) {
            String raw = lines.raw(i);
            if (lines.clean(i).startsWith(NOTE_PREFIX)) {
                // The input already holds a line that reads like our note: expanding would be ambiguous.
                return null;
            }
            int j = i + 1;
            while (j < n && lines.raw(j).equals(raw)) {
                j++;
            }
            out.append(raw).append('\n');
            int repeats = j - i - 1;
            String note = lines.added(NOTE_PREFIX + repeats + " more times]");
            if (repeats > 0 && (long) (raw.length() + 1) * repeats > note.length() + 1) {
                out.append(note).append('\n');
                changed = true;
            } else {
                for (int k = 0; k < repeats; k++) {
                    out.append(raw).append('\n');
                }
            }
            i = j;
        }
        if (!changed) {
            return null;
        }
        if (!lines.trailingNewline()) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }
}
