package ai.headroom.core.compress.diff;

import java.util.List;

/** A stretch of a diff text: either lines that belong to no file (commit messages, stats) or one file's diff. */
sealed interface DiffBlock {

    /** Lines outside any file diff, kept verbatim. */
    record Text(List<String> lines) implements DiffBlock {}

    /**
     * One file's diff.
     *
     * @param header        every header line ({@code diff --git}, index, modes, renames, {@code ---}/{@code +++},
     *                      {@code Binary files … differ}, {@code GIT binary patch}), verbatim
     * @param binaryPayload the base85 lines of a {@code GIT binary patch}, dropped in lossy mode
     * @param hunks         the hunks in order
     */
    record FileDiff(List<String> header, List<String> binaryPayload, List<Hunk> hunks) implements DiffBlock {

        int added() {
            return hunks.stream().mapToInt(Hunk::added).sum();
        }

        int removed() {
            return hunks.stream().mapToInt(Hunk::removed).sum();
        }
    }
}
