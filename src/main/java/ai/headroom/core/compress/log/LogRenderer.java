package ai.headroom.core.compress.log;

import ai.headroom.core.compress.CompressionContext;
import java.util.Locale;

/**
 * Writes the kept lines in their original order, one counted omission line per gap
 * ({@code [K lines omitted: a ERROR, b WARN, …]}) and one CCR marker summing up what was left out.
 */
final class LogRenderer {

    private LogRenderer() {}

    /** The compressed text, or null when nothing was left out (then there is nothing to gain). */
    static String render(ClassifiedLog log, Selection selection, int maxLineChars, CompressionContext ctx) {
        LogLines lines = log.lines();
        int n = log.size();
        StringBuilder out = new StringBuilder();
        int[] totals = new int[LineCategory.values().length];
        int omitted = 0;
        int shortened = 0;
        int i = 0;
        while (i < n) {
            if (selection.isKept(i)) {
                String raw = lines.raw(i);
                if (raw.length() > maxLineChars && !log.isError(i) && !log.isSummary(i)) {
                    raw = shorten(lines, i, maxLineChars / 2);
                    shortened++;
                }
                line(out, raw);
                if (selection.note(i) > 1) {
                    line(out, lines.added("[this warning occurs " + count(selection.note(i)) + " times]"));
                }
                i++;
                continue;
            }
            int[] counts = new int[LineCategory.values().length];
            boolean allSimilar = true;
            int j = i;
            while (j < n && !selection.isKept(j)) {
                counts[log.category(j).ordinal()]++;
                allSimilar &= selection.isSimilar(j);
                j++;
            }
            String what = allSimilar ? " similar lines omitted" : " lines omitted";
            line(out, lines.added("[" + count(j - i) + what + breakdown(counts) + "]"));
            for (int c = 0; c < counts.length; c++) {
                totals[c] += counts[c];
            }
            omitted += j - i;
            i = j;
        }
        if (omitted == 0 && shortened == 0) {
            return null;
        }
        String summary = count(omitted) + " of " + count(n) + " lines omitted" + breakdown(totals)
                + (shortened > 0 ? "; " + count(shortened) + " long lines shortened" : "");
        out.append(lines.added(ctx.marker(summary)));
        if (lines.trailingNewline()) {
            out.append('\n');
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String line) {
        out.append(line).append('\n');
    }

    /** The head of a long line, cut between whole code points, ended like the original. */
    private static String shorten(LogLines lines, int i, int keep) {
        String clean = lines.clean(i);
        int cut = Character.isLowSurrogate(clean.charAt(keep)) ? keep - 1 : keep;
        return lines.raw(i).endsWith("\r")
                ? clean.substring(0, cut) + " [" + count(clean.length() - cut) + " chars omitted]\r"
                : clean.substring(0, cut) + " [" + count(clean.length() - cut) + " chars omitted]";
    }

    /** {@code : 3 ERROR, 12 WARN}; empty when only unlevelled lines were omitted. */
    private static String breakdown(int[] counts) {
        StringBuilder b = new StringBuilder();
        int levelled = 0;
        for (LineCategory c : LineCategory.values()) {
            if (c != LineCategory.OTHER) {
                levelled += counts[c.ordinal()];
            }
        }
        if (levelled == 0) {
            return "";
        }
        for (LineCategory c : LineCategory.values()) {
            int k = counts[c.ordinal()];
            if (k > 0) {
                b.append(b.isEmpty() ? ": " : ", ").append(count(k)).append(' ').append(c.label());
            }
        }
        return b.toString();
    }

    static String count(int value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
