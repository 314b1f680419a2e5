package ai.headroom.core.compress.diff;

import java.util.ArrayList;
import java.util.List;

/** Smaller hand-shaped diffs for the odd corners of the format: merges, binary patches, commit text. */
final class DiffSamples {

    private DiffSamples() {}

    /** {@code git show} of a merge commit: two {@code diff --cc} files with {@code @@@} hunks. */
    static String mergeWithCombinedHunks() {
        StringBuilder sb = new StringBuilder();
        sb.append("commit 4f1c2d3e4b5a69788796a5b4c3d2e1f00a1b2c3d\n");
        sb.append("Merge: 1a2b3c4 5d6e7f8\nAuthor: Dana Lee <dana@example.com>\nDate:   Tue Jun 11 10:22:03 2024 +0200\n\n");
        sb.append("    Merge branch 'feature/retry-policy' into main\n\n");
        for (String name : List.of("RetryPolicy", "HttpClientFactory")) {
            String path = "src/main/java/com/acme/net/" + name + ".java";
            sb.append("diff --cc ").append(path).append('\n');
            sb.append("index 3b2a1c0,9f8e7d6..0a1b2c3\n--- a/").append(path).append("\n+++ b/").append(path).append('\n');
            List<String> body = new ArrayList<>();
            context(body, "  ", 6, name + " head");
            body.add("- " + "    private static final int MAX_ATTEMPTS = 3;");
            body.add(" -" + "    private static final int MAX_ATTEMPTS = 5;");
            body.add("++" + "    private static final int MAX_ATTEMPTS = config.maxAttempts();");
            body.add("+ " + "    private final Backoff backoff = Backoff.exponential(Duration.ofMillis(50));");
            context(body, "  ", 9, name + " middle");
            body.add(" +" + "        // TODO: drop once every caller passes a deadline");
            context(body, "  ", 7, name + " tail");
            int[] counts = combinedCounts(body);
            sb.append("@@@ -10,").append(counts[0]).append(" -10,").append(counts[1]).append(" +10,").append(counts[2])
                    .append(" @@@ public final class ").append(name).append(" {\n");
            body.forEach(l -> sb.append(l).append('\n'));
        }
        return sb.toString();
    }

    /** {@code git show} with commit text, a text file with wide context and a binary patch. */
    static String gitShowWithBinaryPatch() {
        StringBuilder sb = new StringBuilder();
        sb.append("commit 0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c\nAuthor: Sam Ortiz <sam@example.com>\n");
        sb.append("Date:   Wed Jun 12 08:01:44 2024 +0000\n\n    Replace the logo and tighten the upload limit\n\n");
        sb.append("diff --git a/web/src/upload.js b/web/src/upload.js\nindex 5a4b3c2..6d7e8f9 100644\n");
        sb.append("--- a/web/src/upload.js\n+++ b/web/src/upload.js\n");
        List<String> body = new ArrayList<>();
        context(body, " ", 10, "upload before");
        body.add("-const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;");
        body.add("+const MAX_UPLOAD_BYTES = 10 * 1024 * 1024; // FIXME: make configurable per tenant");
        context(body, " ", 10, "upload after");
        sb.append("@@ -20,21 +20,21 @@ export async function upload(file) {\n");
        body.forEach(l -> sb.append(l).append('\n'));
        sb.append("diff --git a/web/public/logo.png b/web/public/logo.png\nnew file mode 100644\n");
        sb.append("index 0000000..a1b2c3d\nGIT binary patch\nliteral 2048\n");
        for (int i = 0; i < 30; i++) {
            sb.append("zcmV;R2w?Y#P)<h;3K|Lk000e1NJLTq002Y)001Bb1^@s6m9" + (char) ('a' + i % 26) + "Rv;e1h6=~0\n");
        }
        sb.append("\nliteral 0\nHcmV?d00001\n\n");
        sb.append("diff --git a/README.md b/README.md\nindex 1111111..2222222 100644\n--- a/README.md\n+++ b/README.md\n");
        sb.append("@@ -1,2 +1,2 @@\n # Uploader\n-Uploads up to 50 MB.\n\\ No newline at end of file\n");
        sb.append("+Uploads up to 10 MB.\n\\ No newline at end of file\n");
        return sb.toString();
    }

    private static void context(List<String> body, String prefix, int n, String label) {
        for (int i = 0; i < n; i++) {
            body.add(prefix + "    // " + label + " line " + i + ": keeps the surrounding code readable");
        }
    }

    /** Old count per parent and the result's count of a two-parent combined body. */
    private static int[] combinedCounts(List<String> body) {
        int[] counts = new int[3];
        for (String l : body) {
            boolean removed = l.charAt(0) == '-' || l.charAt(1) == '-';
            counts[0] += l.charAt(0) == '-' || l.charAt(0) == ' ' && !removed ? 1 : 0;
            counts[1] += l.charAt(1) == '-' || l.charAt(1) == ' ' && !removed ? 1 : 0;
            counts[2] += removed ? 0 : 1;
        }
        return counts;
    }
}
