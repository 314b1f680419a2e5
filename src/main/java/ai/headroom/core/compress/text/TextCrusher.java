package ai.headroom.core.compress.text;

import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.CompressionContext;
import ai.headroom.core.compress.Compressor;
import ai.headroom.core.content.ContentKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        List<Integer> selectable = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).kind().selectable()) {
                selectable.add(i);
            }
        }
        if (selectable.size() < MIN_UNITS) {
            return Compressed.unchanged(text);
        }
        boolean[] keep = select(text, units, selectable, ctx);
        int kept = 0;
        for (int i : selectable) {
            kept += keep[i] ? 1 : 0;
        }
        if (kept == selectable.size()) {
            return Compressed.unchanged(text);
        }
        String out = render(text, units, keep) + "\n\n"
                + ctx.marker(kept + " of " + selectable.size() + " sentences kept");
        return utf8(out) < utf8(text) ? Compressed.lossy(out) : Compressed.unchanged(text);
    }

    private static boolean[] select(String text, List<Unit> units, List<Integer> selectable, CompressionContext ctx) {
        List<List<String>> words = new ArrayList<>(units.size());
        for (Unit u : units) {
            words.add(u.kind().selectable() ? Words.of(text, u.start(), u.end()) : List.of());
        }
        double[] score = SentenceScorer.score(text, units, new Vocabulary(words), ctx.query());
        boolean[] keep = new boolean[units.size()];
        Set<String> covered = new HashSet<>(); // membership only
        long total = 0;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.kind().selectable()) {
                total += u.end() - u.start();
            } else {
                keep[i] = true;
                covered.addAll(MustKeepTokens.find(u.text(text)));
            }
        }
        List<Integer> byScore = new ArrayList<>(selectable);
        byScore.sort(Comparator.<Integer>comparingDouble(i -> -score[i]).thenComparingInt(i -> i));
        NearDuplicates duplicates = new NearDuplicates(DUPLICATE_JACCARD);
        long budget = (long) (keepRatio(selectable.size()) * total);
        // Pass 1: a unit carrying a token no kept unit carries yet is kept, whatever its score.
        for (int i : byScore) {
            List<String> tokens = MustKeepTokens.find(units.get(i).text(text));
            if (!covered.containsAll(tokens)) {
                keep[i] = true;
                covered.addAll(tokens);
                duplicates.add(i, words.get(i));
                budget -= units.get(i).end() - units.get(i).start();
            }
        }
        // Pass 2: the best of the rest in score order, skipping near copies of what is kept, until one does not
        // fit; going on to shorter ones would fill the budget with the lowest-scoring fragments.
        for (int i : byScore) {
            if (keep[i] || duplicates.isNearDuplicate(words.get(i))) {
                continue;
            }
            int length = units.get(i).end() - units.get(i).start();
            if (length > budget || ctx.pastDeadline()) {
                break;
            }
            keep[i] = true;
            duplicates.add(i, words.get(i));
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

    /** Kept units in order: original whitespace between neighbours, else a space, a newline or a blank line. */
    private static String render(String text, List<Unit> units, boolean[] keep) {
        StringBuilder out = new StringBuilder(text.length() / 2);
        Unit prev = null;
        for (int i = 0; i < units.size(); i++) {
            if (!keep[i]) {
                continue;
            }
            Unit u = units.get(i);
            if (prev != null) {
                out.append(separator(text, prev, u));
            }
            out.append(text, u.start(), u.end());
            prev = u;
        }
        return out.toString();
    }

    private static String separator(String text, Unit prev, Unit next) {
        if (text.substring(prev.end(), next.start()).isBlank()) {
            return text.substring(prev.end(), next.start());
        }
        if (prev.block() == next.block()) {
            return " ";
        }
        if (!lineLike(prev) || !lineLike(next)) {
            return "\n\n";
        }
        // Between list items and table rows, keep the list tight unless the original had a blank line here.
        int newlines = 0;
        for (int k = next.start() - 1; k >= 0 && Character.isWhitespace(text.charAt(k)); k--) {
            newlines += text.charAt(k) == '\n' ? 1 : 0;
        }
        return newlines >= 2 ? "\n\n" : "\n";
    }

    private static boolean lineLike(Unit u) {
        return u.kind() == Unit.Kind.LIST_ITEM || u.kind() == Unit.Kind.VERBATIM;
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
