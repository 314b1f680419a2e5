package ai.headroom.core.compress.diff;

import java.util.ArrayList;
import java.util.List;

/** Splits unified, git and combined diff text into file diffs and hunks, tolerating truncation and noise. */
final class DiffParser {

    /** Header lines git and GNU diff write between the {@code diff} line and the first hunk. */
    private static final List<String> HEADER_PREFIXES = List.of(
            "index ", "old mode ", "new mode ", "deleted file mode ", "new file mode ", "similarity index ",
            "dissimilarity index ", "rename from ", "rename to ", "copy from ", "copy to ", "--- ", "+++ ",
            "Binary files ", "Only in ", "mode ");

    private final String[] lines;
    private int pos;

    private DiffParser(String[] lines) {
        this.lines = lines;
    }

    /** The blocks of {@code lines} in order; their lines add up to exactly the input lines. */
    static List<DiffBlock> parse(String[] lines) {
        return new DiffParser(lines).blocks();
    }

    private List<DiffBlock> blocks() {
        List<DiffBlock> blocks = new ArrayList<>();
        List<String> text = new ArrayList<>();
        while (pos < lines.length) {
            if (startsFile(pos)) {
                if (!text.isEmpty()) {
                    blocks.add(new DiffBlock.Text(List.copyOf(text)));
                    text.clear();
                }
                blocks.add(file());
            } else {
                text.add(lines[pos++]);
            }
        }
        if (!text.isEmpty()) {
            blocks.add(new DiffBlock.Text(List.copyOf(text)));
        }
        return blocks;
    }

    /** A {@code diff …} command line, or a bare {@code ---}/{@code +++}/{@code @@} triple (plain {@code diff -u}). */
    private boolean startsFile(int i) {
        String line = lines[i];
        if (line.startsWith("diff --git ") || line.startsWith("diff --cc ") || line.startsWith("diff --combined ")
                || line.startsWith("diff -")) {
            return true;
        }
        return line.startsWith("--- ") && i + 2 < lines.length && lines[i + 1].startsWith("+++ ")
                && lines[i + 2].startsWith("@@");
    }

    private DiffBlock.FileDiff file() {
        List<String> header = new ArrayList<>();
        List<String> binary = new ArrayList<>();
        boolean sawNewPath = false;
        if (lines[pos].startsWith("diff ")) {
            header.add(lines[pos++]);
        }
        while (pos < lines.length && !lines[pos].startsWith("@@")) {
            String line = lines[pos];
            // After "+++" a new "---" can only open the next file (GNU diff -u without "diff" lines).
            if (line.startsWith("diff ") || sawNewPath && line.startsWith("--- ") || !isHeader(line)) {
                return new DiffBlock.FileDiff(List.copyOf(header), List.of(), List.of());
            }
            header.add(line);
            pos++;
            sawNewPath |= line.startsWith("+++ ");
            if (line.equals("GIT binary patch")) {
                binaryPayload(binary);
                return new DiffBlock.FileDiff(List.copyOf(header), List.copyOf(binary), List.of());
            }
        }
        List<Hunk> hunks = new ArrayList<>();
        while (pos < lines.length && lines[pos].startsWith("@@")) {
            hunks.add(hunk());
        }
        return new DiffBlock.FileDiff(List.copyOf(header), List.of(), List.copyOf(hunks));
    }

    private static boolean isHeader(String line) {
        for (String prefix : HEADER_PREFIXES) {
            if (line.startsWith(prefix)) {
                return true;
            }
        }
        return line.equals("GIT binary patch");
    }

    /** {@code literal N} / {@code delta N} sections of base85 lines separated by blank lines. */
    private void binaryPayload(List<String> into) {
        while (pos < lines.length) {
            String line = lines[pos];
            if (line.isEmpty() || line.startsWith("literal ") || line.startsWith("delta ") || isBase85(line)) {
                into.add(line);
                pos++;
            } else {
                return;
            }
        }
    }

    private static boolean isBase85(String line) {
        char first = line.charAt(0);
        if (!(first >= 'A' && first <= 'Z' || first >= 'a' && first <= 'z')) {
            return false;
        }
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c <= ' ' || c > '~' || c == '"' || c == '\'' || c == ',' || c == '.' || c == '/' || c == ':'
                    || c == '[' || c == '\\' || c == ']') {
                return false;
            }
        }
        return true;
    }

    private Hunk hunk() {
        String headerLine = lines[pos++];
        HunkHeader header = HunkHeader.parse(headerLine);
        int parents = header != null ? header.parents() : 1;
        List<String> body = new ArrayList<>();
        if (header == null) {
            // Without counts, take lines while they look like hunk lines and do not open a new file.
            while (pos < lines.length && !lines[pos].isEmpty() && !startsFile(pos)
                    && BodyLine.kind(lines[pos], 1) != BodyLine.FOREIGN) {
                body.add(lines[pos++]);
            }
            return Hunk.of(headerLine, null, 1, body);
        }
        int[] oldLeft = header.oldCounts().clone();
        int newLeft = header.newCount();
        while (pos < lines.length) {
            String line = lines[pos];
            int kind = BodyLine.kind(line, parents);
            if (kind == BodyLine.NO_NEWLINE) {
                body.add(line);
                pos++;
                continue;
            }
            if (kind == BodyLine.FOREIGN || done(oldLeft, newLeft)) {
                break;
            }
            body.add(line);
            pos++;
            if (BodyLine.inResult(line, parents)) {
                newLeft--;
            }
            for (int p = 0; p < parents; p++) {
                if (BodyLine.inParent(line, p, kind)) {
                    oldLeft[p]--;
                }
            }
        }
        return Hunk.of(headerLine, header, parents, body);
    }

    private static boolean done(int[] oldLeft, int newLeft) {
        if (newLeft > 0) {
            return false;
        }
        for (int left : oldLeft) {
            if (left > 0) {
                return false;
            }
        }
        return true;
    }
}
