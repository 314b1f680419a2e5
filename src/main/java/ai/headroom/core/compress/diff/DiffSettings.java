package ai.headroom.core.compress.diff;

/**
 * Limits for {@link DiffCompressor}; validated on construction.
 *
 * @param minLines        diffs with fewer lines pass through untouched (the reference uses 50)
 * @param contextLines    unchanged lines kept on each side of a change
 * @param maxHunksPerFile hunks shown per file; the first and last always count among them
 * @param maxFullFiles    files whose hunks are shown; the others keep only their headers
 */
public record DiffSettings(int minLines, int contextLines, int maxHunksPerFile, int maxFullFiles) {

    public DiffSettings {
        if (minLines < 0) {
            throw new IllegalArgumentException("minLines must be >= 0, was " + minLines);
        }
        if (contextLines < 0) {
            throw new IllegalArgumentException("contextLines must be >= 0, was " + contextLines);
        }
        if (maxHunksPerFile < 2) {
            throw new IllegalArgumentException("maxHunksPerFile must be >= 2 (first and last), was " + maxHunksPerFile);
        }
        if (maxFullFiles < 1) {
            throw new IllegalArgumentException("maxFullFiles must be >= 1, was " + maxFullFiles);
        }
    }

    /** The reference system's limits: 50 lines, 2 context lines, 10 hunks per file, 20 files. */
    public static DiffSettings defaults() {
        return new DiffSettings(50, 2, 10, 20);
    }
}
