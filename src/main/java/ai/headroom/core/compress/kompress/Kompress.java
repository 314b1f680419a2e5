package ai.headroom.core.compress.kompress;

import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.Utf8;
import ai.headroom.core.compress.CompressionContext;
import ai.headroom.core.compress.BatchCompressor;
import ai.headroom.core.compress.text.MustKeepTokens;
import ai.headroom.core.content.ContentKind;
import ai.headroom.core.content.Detection;
import ai.headroom.core.content.Section;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compresses prose by keeping the words a token-classification model rates most worth keeping; all of a
 * request's prose goes through the model together.
 */
public final class Kompress implements BatchCompressor {

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
        Section section = new Section(Detection.of(ContentKind.TEXT), text);
        return compressAll(List.of(new Job(section, ctx))).get(0).orElse(Compressed.unchanged(text));
    }

    /** Scores every job's words in shared model runs, stopping at the earliest deadline among the jobs. */
    @Override
    public List<Optional<Compressed>> compressAll(List<Job> jobs) {
        List<Optional<Compressed>> out = new ArrayList<>(Collections.nCopies(jobs.size(), Optional.empty()));
        List<Integer> scored = new ArrayList<>();
        List<ProseWords> prose = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            String text = jobs.get(i).section().text();
            CompressionContext ctx = jobs.get(i).context();
            // A marked block was compressed before; dropping words could also cut the marker itself.
            if (!ctx.lossyAllowed() || CcrMarker.isMarked(text)) {
                out.set(i, Optional.of(Compressed.unchanged(text)));
                continue;
            }
            if (ctx.pastDeadline()) {
                continue;
            }
            ProseWords words = ProseWords.of(text);
            if (words.size() < settings.minWords()) {
                out.set(i, Optional.of(Compressed.unchanged(text)));
                continue;
            }
            scored.add(i);
            prose.add(words);
        }
        if (scored.isEmpty()) {
            return out;
        }
        try {
            List<CompressionContext> contexts = scored.stream().map(i -> jobs.get(i).context()).toList();
            float[][] scores = scorer.scoreAll(prose.stream().map(ProseWords::words).toList(),
                    () -> contexts.stream().anyMatch(CompressionContext::pastDeadline));
            for (int k = 0; k < scored.size(); k++) {
                if (scores[k] != null) {
                    Job job = jobs.get(scored.get(k));
                    out.set(scored.get(k), Optional.of(select(job.section().text(), prose.get(k), scores[k], job.context())));
                }
            }
        } catch (Exception | LinkageError e) {
            // Fail open: a model or native failure leaves the unscored jobs unfinished, so their blocks stay as they were.
        }
        return out;
    }

    /** The kept words and a marker, or the text unchanged when that would not be smaller. */
    private Compressed select(String text, ProseWords prose, float[] scores, CompressionContext ctx) {
        boolean[] keep = KeepSelection.choose(scores, mustKeep(prose.words(), ctx.query()), settings.targetKeepRatio());
        int kept = 0;
        for (boolean k : keep) {
            kept += k ? 1 : 0;
        }
        if (kept == prose.size()) {
            return Compressed.unchanged(text);
        }
        String out = prose.render(keep) + "\n\n" + ctx.marker(prose.size() + " words compressed to " + kept);
        return Utf8.length(out) < Utf8.length(text) ? Compressed.lossy(out) : Compressed.unchanged(text);
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

}
