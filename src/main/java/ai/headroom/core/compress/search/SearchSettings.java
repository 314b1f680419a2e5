package ai.headroom.core.compress.search;

/**
 * Limits for {@link SearchCompressor}; validated on construction. Lines with error words are kept beyond them.
 *
 * @param minMatches        outputs with fewer matches pass through (apart from lossless regrouping)
 * @param maxMatchesPerFile matches shown per file
 * @param maxMatchesTotal   matches shown in all
 * @param maxFiles          files shown with their matches; the others are listed by name and count
 * @param contextLines      context lines ({@code grep -C}) kept on each side of a shown match
 */
public record SearchSettings(int minMatches, int maxMatchesPerFile, int maxMatchesTotal, int maxFiles,
        int contextLines) {

    public SearchSettings {
        if (minMatches < 0 || maxMatchesPerFile < 1 || maxMatchesTotal < 1 || maxFiles < 1 || contextLines < 0) {
            throw new IllegalArgumentException("search limits must be positive: minMatches=" + minMatches
                    + ", maxMatchesPerFile=" + maxMatchesPerFile + ", maxMatchesTotal=" + maxMatchesTotal
                    + ", maxFiles=" + maxFiles + ", contextLines=" + contextLines);
        }
    }

    /** The reference system's limits: 5 matches per file, 30 in all, 15 files; 2 context lines. */
    public static SearchSettings defaults() {
        return new SearchSettings(10, 5, 30, 15, 2);
    }
}
