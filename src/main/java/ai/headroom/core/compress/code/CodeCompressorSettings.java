package ai.headroom.core.compress.code;

/**
 * How far the code compressor cuts; validated on construction.
 *
 * @param maxBodyLines   function bodies with at most this many lines are kept whole
 * @param keptBodyLines  a longer body keeps this many of its first non-blank lines (after its docstring)
 * @param toleratedErrors small parse errors (ERROR or MISSING nodes) accepted before the text is left
 *                        unchanged, plus one per 100 lines: they absorb grammar gaps for newer syntax, more
 *                        mean the text is not (valid) code in this language
 */
public record CodeCompressorSettings(int maxBodyLines, int keptBodyLines, int toleratedErrors) {

    public CodeCompressorSettings {
        if (maxBodyLines < 1) {
            throw new IllegalArgumentException("maxBodyLines must be at least 1, was " + maxBodyLines);
        }
        if (keptBodyLines < 0 || keptBodyLines >= maxBodyLines) {
            throw new IllegalArgumentException(
                    "keptBodyLines must be in [0, maxBodyLines), was " + keptBodyLines + " with maxBodyLines " + maxBodyLines);
        }
        if (toleratedErrors < 0) {
            throw new IllegalArgumentException("toleratedErrors must not be negative, was " + toleratedErrors);
        }
    }

    /** Bodies over 5 lines keep their first line; 2 small parse errors (+1 per 100 lines) are tolerated. */
    public static CodeCompressorSettings defaults() {
        return new CodeCompressorSettings(5, 1, 2);
    }
}
