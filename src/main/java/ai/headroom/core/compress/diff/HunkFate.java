package ai.headroom.core.compress.diff;

/** What the compressor does with one hunk. */
enum HunkFate {
    /** Shown, with its context trimmed. */
    SHOWN,
    /** Left out because it makes the same edit as a hunk already shown. */
    REPEAT,
    /** Left out because its file or its file's hunk budget was used up by better hunks. */
    OVER_LIMIT
}
