package ai.headroom.core.compress.diff;

import java.util.Arrays;

/**
 * A parsed hunk header: {@code @@ -l,s +l,s @@ section} for plain diffs, or with one {@code -l,s}
 * range per parent and one more {@code @} per parent for combined ({@code diff --cc}) diffs.
 *
 * @param parents    1 for a plain diff, the number of parents for a combined diff
 * @param oldStarts  first line of each parent's range
 * @param oldCounts  lines of each parent's range
 * @param newStart   first line of the result's range
 * @param newCount   lines of the result's range
 * @param section    text after the closing {@code @@} (git's function context), "" when none
 */
record HunkHeader(int parents, int[] oldStarts, int[] oldCounts, int newStart, int newCount, String section) {

    /** Parses a header line, or returns null when it is not a well-formed one. */
    static HunkHeader parse(String line) {
        int ats = 0;
        while (ats < line.length() && line.charAt(ats) == '@') {
            ats++;
        }
        int parents = ats - 1;
        if (parents < 1 || parents > 16) {
            return null;
        }
        String fence = "@".repeat(ats);
        int close = line.indexOf(" " + fence, ats);
        if (close < 0 || line.charAt(ats) != ' ') {
            return null;
        }
        String[] ranges = line.substring(ats + 1, close).trim().split(" +");
        if (ranges.length != parents + 1) {
            return null;
        }
        int[] oldStarts = new int[parents];
        int[] oldCounts = new int[parents];
        for (int p = 0; p < parents; p++) {
            long range = range(ranges[p], '-');
            if (range < 0) {
                return null;
            }
            oldStarts[p] = (int) (range >>> 32);
            oldCounts[p] = (int) range;
        }
        long result = range(ranges[parents], '+');
        if (result < 0) {
            return null;
        }
        int after = close + 1 + fence.length();
        String section = after < line.length() ? line.substring(after) : "";
        return new HunkHeader(parents, oldStarts, oldCounts, (int) (result >>> 32), (int) result, section);
    }

    /** {@code -12,3} → start and count packed in a long; -1 when malformed. A missing count means 1. */
    private static long range(String token, char sign) {
        if (token.length() < 2 || token.charAt(0) != sign) {
            return -1;
        }
        int comma = token.indexOf(',');
        String start = comma < 0 ? token.substring(1) : token.substring(1, comma);
        String count = comma < 0 ? "1" : token.substring(comma + 1);
        if (!digits(start) || !digits(count) || start.length() > 9 || count.length() > 9) {
            return -1;
        }
        return ((long) Integer.parseInt(start) << 32) | Integer.parseInt(count);
    }

    private static boolean digits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The header line in git's spelling (a count of 1 is left out). */
    String format() {
        String fence = "@".repeat(parents + 1);
        StringBuilder sb = new StringBuilder(fence).append(' ');
        for (int p = 0; p < parents; p++) {
            sb.append('-').append(oldStarts[p]);
            if (oldCounts[p] != 1) {
                sb.append(',').append(oldCounts[p]);
            }
            sb.append(' ');
        }
        sb.append('+').append(newStart);
        if (newCount != 1) {
            sb.append(',').append(newCount);
        }
        return sb.append(' ').append(fence).append(section).toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HunkHeader h && parents == h.parents && newStart == h.newStart && newCount == h.newCount
                && Arrays.equals(oldStarts, h.oldStarts) && Arrays.equals(oldCounts, h.oldCounts)
                && section.equals(h.section);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(oldStarts) + newStart;
    }

    @Override
    public String toString() {
        return format();
    }
}
