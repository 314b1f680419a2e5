package ai.headroom.core.compress.text;

import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.CompressionContext;
import ai.headroom.core.compress.Compressor;
import ai.headroom.core.compress.Utf8;
import ai.headroom.core.content.ContentKind;
import java.util.List;

/**
 * Extractive prose compression: keeps the best-scoring sentences and list items in their original order,
 * every heading and code block, and every sentence needed so that no must-keep token is lost.
 */
public final class TextCrusher implements Compressor {

    /** Fewer selectable units than this: nothing worth selecting from. */
    static final int MIN_UNITS = 8;
    private static final double DUPLICATE_JACCARD = 0.6;

    @Override
    public String name() {
        return "text_crusher";
    }

    @Override
    public ContentKind kind() {
        return ContentKind.TEXT;
    }

    @Override
    public Compressed compress(String text, CompressionContext ctx) {
        if (!ctx.lossyAllowed() || CcrMarker.isMarked(text)) {
            return Compressed.unchanged(text);
        }
        List<Unit> units = ProseParser.parse(text);
        int[] selectable = selectable(units);
        if (selectable.length < MIN_UNITS) {
            return Compressed.unchanged(text);
        }
        boolean[] keep = select(text, units, selectable, ctx);
        int kept = 0;
        for (int i : selectable) {
            kept += keep[i] ? 1 : 0;
        }
        if (kept == selectable.length) {
            return Compressed.unchanged(text);
        }
        String marker = ctx.marker(kept + " of " + selectable.length + " sentences kept");
        String out = KeptText.render(text, units, keep, "\n\n" + marker);
        return Utf8.length(out) < Utf8.length(text) ? Compressed.lossy(out) : Compressed.unchanged(text);
    }

    private static int[] selectable(List<Unit> units) {
        int count = 0;
        for (Unit u : units) {
            count += u.kind().selectable() ? 1 : 0;
        }
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).kind().selectable()) {
                out[k++] = i;
            }
        }
        return out;
    }

    private static boolean[] select(String text, List<Unit> units, int[] selectable, CompressionContext ctx) {
        Vocabulary vocabulary = new Vocabulary(text, units);
        double[] score = SentenceScorer.score(text, units, vocabulary, ctx.query());
        boolean[] keep = new boolean[units.size()];
        CoveredTokens covered = new CoveredTokens();
        long total = 0;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.kind().selectable()) {
                total += u.end() - u.start();
            } else {
                keep[i] = true;
                covered.cover(text, u.start(), u.end());
            }
        }
        int[] byScore = ByScore.order(selectable, score);
        NearDuplicates duplicates = new NearDuplicates(DUPLICATE_JACCARD, vocabulary);
        long budget = (long) (keepRatio(selectable.length) * total);
        // Pass 1: a unit carrying a token no kept unit carries yet is kept, whatever its score.
        for (int i : byScore) {
            Unit u = units.get(i);
            if (covered.coverNew(text, u.start(), u.end())) {
                keep[i] = true;
                duplicates.add(i);
                budget -= u.end() - u.start();
            }
        }
        // Pass 2: the best of the rest in score order, skipping near copies of what is kept, until one does not
        // fit; going on to shorter ones would fill the budget with the lowest-scoring fragments.
        for (int i : byScore) {
            if (keep[i] || duplicates.isNearDuplicate(i)) {
                continue;
            }
            int length = units.get(i).end() - units.get(i).start();
            if (length > budget || ctx.pastDeadline()) {
                break;
            }
            keep[i] = true;
            duplicates.add(i);
            budget -= length;
        }
        return keep;
    }

    /**
     * Share of the prose kept: 60% for short texts, half from 21 sentences on, 45% for long ones where
     * redundancy is higher. (55% for 21-60 kept a mail thread's courtesies and asides: 38% saved.)
     */
    static double keepRatio(int units) {
        if (units <= 20) {
            return 0.6;
        }
        return units <= 150 ? 0.5 : 0.45;
    }
}
