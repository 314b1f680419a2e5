package ai.headroom.core.content;

import java.util.List;

/** Scores how much a sample looks like a unified or git diff (file headers, hunk headers, +/- lines). */
final class DiffDetector {

    private DiffDetector() {
    }

    static double score(TextSample sample) {
        List<String> lines = sample.lines();
        int headers = 0;
        int gitHeaders = 0;
        int hunks = 0;
        int body = 0;
        boolean inHunk = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("diff --git ") || line.startsWith("diff -")) {
                gitHeaders++;
                headers++;
                inHunk = false;
            } else if (isHunkHeader(line)) {
                hunks++;
                inHunk = true;
            } else if (line.startsWith("--- ") && i + 1 < lines.size() && lines.get(i + 1).startsWith("+++ ")) {
                headers += 2;
                i++;
                inHunk = false;
            } else if (isGitExtendedHeader(line)) {
                headers++;
            } else if (inHunk && isHunkBody(line)) {
                body++;
            } else {
                inHunk = false;
            }
        }
        if (hunks == 0 && gitHeaders == 0) {
            return 0;
        }
        double share = (headers + hunks + body) / (double) Math.max(1, sample.nonBlank());
        double base = hunks > 0 && headers > 0 ? 0.97 : hunks > 0 ? 0.85 : 0.8;
        return share >= 0.6 ? base : base * share / 0.6;
    }

    static boolean isHunkHeader(String line) {
        return line.startsWith("@@ -") && line.indexOf(" @@", 4) > 0;
    }

    private static boolean isHunkBody(String line) {
        char c = line.charAt(0);
        return c == '+' || c == '-' || c == ' ' || c == '\\';
    }

    private static boolean isGitExtendedHeader(String line) {
        return line.startsWith("index ") && line.contains("..")
                || line.startsWith("similarity index ")
                || line.startsWith("dissimilarity index ")
                || line.startsWith("rename from ")
                || line.startsWith("rename to ")
                || line.startsWith("copy from ")
                || line.startsWith("copy to ")
                || line.startsWith("new file mode ")
                || line.startsWith("deleted file mode ")
                || line.startsWith("old mode ")
                || line.startsWith("new mode ")
                || line.startsWith("Binary files ");
    }
}
