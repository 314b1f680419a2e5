package ai.headroom.core.compress.diff;

/**
 * What a hunk changes, with indentation, string literals and numbers blanked out: two hunks with the same
 * signature make the same edit in different places, as a rename or a mechanical refactor does over and over.
 */
final class EditSignature {

    private EditSignature() {}

    static String of(Hunk hunk) {
        StringBuilder sb = new StringBuilder();
        for (String line : hunk.body()) {
            int kind = BodyLine.kind(line, hunk.parents());
            if (kind == BodyLine.ADDED || kind == BodyLine.REMOVED) {
                sb.append(kind == BodyLine.ADDED ? '+' : '-');
                mask(line, hunk.parents(), sb);
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** Appends the line without its prefix and indentation, each literal and digit run reduced to one char. */
    private static void mask(String line, int from, StringBuilder sb) {
        int i = from;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                int end = line.indexOf(c, i + 1);
                while (end > 0 && line.charAt(end - 1) == '\\') {
                    end = line.indexOf(c, end + 1);
                }
                sb.append(c).append(c);
                i = end < 0 ? line.length() : end + 1;
            } else if (c >= '0' && c <= '9') {
                while (i < line.length() && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
                    i++;
                }
                sb.append('0');
            } else {
                sb.append(c);
                i++;
            }
        }
    }
}
