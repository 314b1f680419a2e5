package ai.headroom.core.compress.log;

/**
 * The set of kept lines plus the number of output lines it costs: kept lines, one omission line per
 * gap, one marker and any notes; tracked in O(1) per line so a budget can be checked before each keep.
 */
final class Selection {

    private final boolean[] kept;
    private final int[] notes;
    private final boolean[] similar;
    private int keptCount;
    private int gaps;
    private int noteCount;

    Selection(int size) {
        this.kept = new boolean[size];
        this.notes = new int[size];
        this.similar = new boolean[size];
        this.gaps = size > 0 ? 1 : 0;
    }

    boolean isKept(int i) {
        return kept[i];
    }

    /** Output lines: kept lines, omission lines, notes and the final marker. */
    int outputLines() {
        return keptCount + gaps + noteCount + 1;
    }

    /** Keeps a line whatever the budget (errors, summaries). */
    void keep(int i) {
        if (!kept[i]) {
            gaps += gapDelta(i);
            kept[i] = true;
            keptCount++;
        }
    }

    /** Keeps a line if the output stays within {@code budget} lines; true when it is kept. */
    boolean tryKeep(int i, int budget) {
        if (kept[i]) {
            return true;
        }
        if (outputLines() + 1 + gapDelta(i) > budget) {
            return false;
        }
        keep(i);
        return true;
    }

    private void drop(int i) {
        if (kept[i]) {
            kept[i] = false;
            keptCount--;
            gaps -= gapDelta(i);
        }
    }

    /** Drops a kept line that repeats the template of the kept line before it. */
    void dropAsSimilar(int i) {
        drop(i);
        similar[i] = true;
    }

    /** True when the line was dropped by {@link #dropAsSimilar}. */
    boolean isSimilar(int i) {
        return similar[i];
    }

    /** Attaches a note line after line {@code i} (e.g. a warning's repeat count) if the budget allows. */
    boolean tryNote(int i, int value, int budget) {
        if (notes[i] == 0 && outputLines() + 1 > budget) {
            return false;
        }
        if (notes[i] == 0) {
            noteCount++;
        }
        notes[i] = value;
        return true;
    }

    /** The note value attached after line {@code i}, or 0. */
    int note(int i) {
        return notes[i];
    }

    /**
     * How the number of gaps changes when omitted line {@code i} is kept: it splits a gap (+1) when both
     * neighbours are omitted, closes one (-1) when neither is, and only shrinks one otherwise. The ends
     * of the log count as kept neighbours.
     */
    private int gapDelta(int i) {
        boolean leftOmitted = i > 0 && !kept[i - 1];
        boolean rightOmitted = i < kept.length - 1 && !kept[i + 1];
        if (leftOmitted && rightOmitted) {
            return 1;
        }
        return !leftOmitted && !rightOmitted ? -1 : 0;
    }
}
