package ai.headroom.core.compress.diff;

import ai.headroom.core.compress.CompressionContext;
import java.util.List;

/** Writes the compressed diff: every header, the chosen hunks trimmed, counts for what was left out, one marker. */
final class DiffRenderer {

    private final StringBuilder out;
    private final int contextLines;
    private int omittedHunks;

    private DiffRenderer(int capacity, int contextLines) {
        this.out = new StringBuilder(capacity);
        this.contextLines = contextLines;
    }

    static String render(List<DiffBlock> blocks, DiffPlan plan, DiffSettings settings, CompressionContext ctx,
            int capacity) {
        DiffRenderer r = new DiffRenderer(capacity, settings.contextLines());
        int f = 0;
        int files = 0;
        int added = 0;
        int removed = 0;
        for (DiffBlock block : blocks) {
            switch (block) {
                case DiffBlock.Text text -> text.lines().forEach(r::line);
                case DiffBlock.FileDiff file -> {
                    r.file(file, plan.fullFile()[f], plan.fates().get(f));
                    f++;
                    files++;
                    added += file.added();
                    removed += file.removed();
                }
            }
        }
        r.out.append(ctx.marker(files + (files == 1 ? " file" : " files") + " changed, +" + added + " -" + removed
                + " lines, " + r.omittedHunks + (r.omittedHunks == 1 ? " hunk" : " hunks") + " omitted"));
        return r.out.toString();
    }

    private void line(String line) {
        out.append(line).append('\n');
    }

    private void file(DiffBlock.FileDiff file, boolean full, HunkFate[] fates) {
        file.header().forEach(this::line);
        if (!file.binaryPayload().isEmpty()) {
            line("[binary patch data omitted: " + file.binaryPayload().size() + " lines]");
        }
        List<Hunk> hunks = file.hunks();
        Gap gap = new Gap();
        for (int h = 0; h < hunks.size(); h++) {
            Hunk hunk = hunks.get(h);
            if (fates[h] == HunkFate.SHOWN) {
                flush(gap, true);
                ContextTrimmer.trim(hunk, contextLines).forEach(this::line);
            } else {
                gap.add(hunk, fates[h]);
            }
        }
        flush(gap, full);
    }

    private void flush(Gap gap, boolean inShownFile) {
        if (gap.hunks == 0) {
            return;
        }
        omittedHunks += gap.hunks;
        String why = gap.repeats == 0 ? ""
                : gap.repeats == gap.hunks ? ", repeats of shown edits"
                : " (" + gap.repeats + " repeats of shown edits)";
        line("[" + (inShownFile ? "... " : "") + gap.hunks + (gap.hunks == 1 ? " hunk" : " hunks") + " omitted" + why
                + ": +" + gap.added + " -" + gap.removed + "]");
        gap.hunks = gap.repeats = gap.added = gap.removed = 0;
    }

    /** Hunks left out between two shown ones. */
    private static final class Gap {
        int hunks;
        int repeats;
        int added;
        int removed;

        void add(Hunk hunk, HunkFate fate) {
            hunks++;
            repeats += fate == HunkFate.REPEAT ? 1 : 0;
            added += hunk.added();
            removed += hunk.removed();
        }
    }
}
