package ai.headroom.core.compress.kompress;

import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.CompressionContext;
import ai.headroom.core.compress.Compressor;
import ai.headroom.core.compress.text.MustKeepTokens;
import ai.headroom.core.content.ContentKind;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Compresses prose by keeping the words a token-classification model rates most worth keeping. */
public final class Kompress implements Compressor {

    private final KompressSettings settings;
    private final WordScorer scorer;

    /** Uses {@code model} (owned by the caller, who closes it) with {@code settings}. */
    public Kompress(KompressModel model, KompressSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.scorer = new WordScorer(Objects.requireNonNull(model, "model"), settings);
    }

    @Override
    public String name() {
        return "kompress";
    }

    @Override
    public ContentKind kind() {
        return ContentKind.TEXT;
    }

    @Override
    public Compressed compress(String text, CompressionContext ctx) {
        // A marked block was compressed before; dropping words could also cut the marker itself.
        if (!ctx.lossyAllowed() || ctx.pastDeadline() || CcrMarker.isMarked(text)) {
            return Compressed.unchanged(text);
        }
        try {
            ProseWords prose = ProseWords.of(text);
            if (prose.size() < settings.minWords()) {
                return Compressed.unchanged(text);
            }
            float[] scores = scorer.score(prose.words(), ctx::pastDeadline);
            if (scores == null) {
                return Compressed.unchanged(text);
            }
            boolean[] keep = KeepSelection.choose(scores, mustKeep(prose.words(), ctx.query()),
                    settings.targetKeepRatio());
            int kept = 0;
            for (boolean k : keep) {
                kept += k ? 1 : 0;
            }
            if (kept == prose.size()) {
                return Compressed.unchanged(text);
            }
            String out = prose.render(keep) + "\n\n" + ctx.marker(prose.size() + " words compressed to " + kept);
            return utf8(out) < utf8(text) ? Compressed.lossy(out) : Compressed.unchanged(text);
        } catch (Exception | LinkageError e) {
            // Fail open: a model or native failure leaves the block as it was.
            return Compressed.unchanged(text);
        }
    }

    /** Words matching {@link MustKeepTokens#matches}, or one of the query's words (3+ letters), are never dropped. */
    private static boolean[] mustKeep(List<String> words, String query) {
        Set<String> queryTerms = new HashSet<>();
        for (String term : query.split("\\s+")) {
            String t = normalize(term);
            if (t.length() >= 3) {
                queryTerms.add(t);
            }
        }
        boolean[] must = new boolean[words.size()];
        for (int i = 0; i < must.length; i++) {
            String w = words.get(i);
            must[i] = MustKeepTokens.matches(w) || !queryTerms.isEmpty() && queryTerms.contains(normalize(w));
        }
        return must;
    }

    private static String normalize(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
