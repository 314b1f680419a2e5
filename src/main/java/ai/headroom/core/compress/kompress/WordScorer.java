package ai.headroom.core.compress.kompress;

import ai.onnxruntime.OrtException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * Turns words into keep probabilities: tokenizes chunk-sized runs of words, packs their tokens into model-sized
 * windows at word boundaries, runs the windows of many texts in shared batches and averages each word's
 * sub-token probabilities.
 */
final class WordScorer {

    /** Only a word's head is tokenized: a 200 KB "word" (base64, minified JS) must not cost 50k tokens. */
    static final int MAX_CHARS_PER_WORD = 64;
    /** Sub-tokens per word fed to the model; more only repeats the same verdict and eats the window. */
    static final int MAX_TOKENS_PER_WORD = 16;
    /** Windows are padded up to a multiple of this: few distinct widths to batch, little padding to compute. */
    static final int WIDTH_STEP = 64;

    private final KompressModel model;
    private final KompressSettings settings;

    WordScorer(KompressModel model, KompressSettings settings) {
        this.model = model;
        this.settings = settings;
    }

    /** One model input: token ids with specials, and the word each content position belongs to. */
    record Window(long[] ids, int[] wordOf) {}

    /** A window of one text, as placed in a model run. */
    record Placed(int text, Window window) {}

    /** One {@code session.run}: windows of a single padded width. */
    record Run(int width, List<Placed> windows) {}

    /** Keep probability per word (0 for words that yield no token), or null once the deadline has passed. */
    float[] score(List<String> words, BooleanSupplier pastDeadline) throws OrtException {
        return scoreAll(List.of(words), pastDeadline)[0];
    }

    /**
     * Keep probabilities per word of each text, scored together in as few model runs as the batch bound allows;
     * a text whose windows were not all scored when the deadline passed gets null. A text's scores depend only
     * on its own windows: every window is padded to a width chosen from its own length.
     */
    float[][] scoreAll(List<List<String>> texts, BooleanSupplier pastDeadline) throws OrtException {
        float[][] scores = new float[texts.size()][];
        List<List<Window>> windows = new ArrayList<>(texts.size());
        for (List<String> words : texts) {
            List<Window> w = windows(words, pastDeadline);
            if (w == null) {
                return scores;
            }
            windows.add(w);
        }
        double[][] sum = new double[texts.size()][];
        int[][] count = new int[texts.size()][];
        int[] unscored = new int[texts.size()];
        for (int t = 0; t < texts.size(); t++) {
            sum[t] = new double[texts.get(t).size()];
            count[t] = new int[texts.get(t).size()];
            unscored[t] = windows.get(t).size();
            if (unscored[t] == 0) {
                scores[t] = average(sum[t], count[t]);
            }
        }
        int offset = model.prefix().length;
        for (Run run : plan(windows)) {
            if (pastDeadline.getAsBoolean()) {
                break;
            }
            float[][] probs = model.keepProbabilities(run.windows().stream().map(p -> p.window().ids()).toList(),
                    run.width());
            for (int b = 0; b < probs.length; b++) {
                int t = run.windows().get(b).text();
                int[] wordOf = run.windows().get(b).window().wordOf();
                for (int i = 0; i < wordOf.length; i++) {
                    float p = probs[b][offset + i];
                    sum[t][wordOf[i]] += Float.isNaN(p) ? 0 : p;
                    count[t][wordOf[i]]++;
                }
                if (--unscored[t] == 0) {
                    scores[t] = average(sum[t], count[t]);
                }
            }
        }
        return scores;
    }

    /**
     * The model runs for these texts' windows: windows grouped by padded width, each run holding at most
     * {@code windowsPerRun} full-size windows' worth of tokens, ordered by the first text they serve so the
     * earlier texts finish first when the deadline cuts the list short.
     */
    List<Run> plan(List<List<Window>> windows) {
        TreeMap<Integer, List<Placed>> byWidth = new TreeMap<>();
        for (int t = 0; t < windows.size(); t++) {
            for (Window w : windows.get(t)) {
                byWidth.computeIfAbsent(width(w.ids().length), k -> new ArrayList<>()).add(new Placed(t, w));
            }
        }
        List<Run> runs = new ArrayList<>();
        long tokenBudget = (long) settings.windowsPerRun() * settings.maxWindowTokens();
        for (Map.Entry<Integer, List<Placed>> e : byWidth.entrySet()) {
            int perRun = (int) Math.max(1, tokenBudget / e.getKey());
            List<Placed> all = e.getValue();
            for (int from = 0; from < all.size(); from += perRun) {
                runs.add(new Run(e.getKey(), all.subList(from, Math.min(all.size(), from + perRun))));
            }
        }
        runs.sort(Comparator.comparingInt(r -> r.windows().get(0).text()));
        return runs;
    }

    private int width(int length) {
        int rounded = (length + WIDTH_STEP - 1) / WIDTH_STEP * WIDTH_STEP;
        return Math.max(length, Math.min(rounded, settings.maxWindowTokens()));
    }

    private static float[] average(double[] sum, int[] count) {
        float[] scores = new float[sum.length];
        for (int w = 0; w < scores.length; w++) {
            scores[w] = count[w] == 0 ? 0f : (float) (sum[w] / count[w]);
        }
        return scores;
    }

    /** The model inputs for {@code words}, in order; visible to tests that check window sizes. */
    List<Window> windows(List<String> words) {
        return windows(words, () -> false);
    }

    /** Tokenizing is a large share of the work, so the deadline is checked between chunks too. */
    private List<Window> windows(List<String> words, BooleanSupplier pastDeadline) {
        List<Window> windows = new ArrayList<>();
        for (int from = 0; from < words.size(); from += settings.chunkWords()) {
            if (pastDeadline.getAsBoolean()) {
                return null;
            }
            int to = Math.min(words.size(), from + settings.chunkWords());
            StringBuilder text = new StringBuilder();
            int[] wordStarts = new int[to - from];
            int codePoints = 0;
            for (int w = from; w < to; w++) {
                String head = head(words.get(w));
                wordStarts[w - from] = codePoints;
                text.append(head).append(' ');
                codePoints += head.codePointCount(0, head.length()) + 1;
            }
            pack(model.encode(text.toString()), wordStarts, from, windows);
        }
        return windows;
    }

    /** Packs one chunk's tokens into windows, never splitting a word across two windows. */
    private void pack(KompressModel.Encoded chunk, int[] wordStarts, int firstWord, List<Window> out) {
        int budget = settings.maxWindowTokens() - model.prefix().length - model.suffix().length;
        long[] ids = new long[budget];
        int[] wordOf = new int[budget];
        int used = 0;
        long[] tokenIds = chunk.ids();
        int t = 0;
        while (t < tokenIds.length) {
            int start = chunk.codePointStarts()[t];
            if (start < 0) {
                t++;
                continue;
            }
            int word = wordIndex(wordStarts, start);
            int end = t;
            while (end < tokenIds.length && wordIndex(wordStarts, chunk.codePointStarts()[end]) == word) {
                end++;
            }
            int take = Math.min(Math.min(end - t, MAX_TOKENS_PER_WORD), budget);
            if (used + take > budget) {
                out.add(window(ids, wordOf, used));
                used = 0;
            }
            for (int k = 0; k < take; k++) {
                ids[used] = tokenIds[t + k];
                wordOf[used++] = firstWord + word;
            }
            t = end;
        }
        if (used > 0) {
            out.add(window(ids, wordOf, used));
        }
    }

    private Window window(long[] content, int[] wordOf, int used) {
        long[] prefix = model.prefix();
        long[] suffix = model.suffix();
        long[] ids = new long[prefix.length + used + suffix.length];
        System.arraycopy(prefix, 0, ids, 0, prefix.length);
        System.arraycopy(content, 0, ids, prefix.length, used);
        System.arraycopy(suffix, 0, ids, prefix.length + used, suffix.length);
        return new Window(ids, Arrays.copyOf(wordOf, used));
    }

    /** The word whose start is the last one at or before {@code codePoint}; -1 for tokens without an offset. */
    private static int wordIndex(int[] wordStarts, int codePoint) {
        if (codePoint < 0) {
            return -1;
        }
        int i = Arrays.binarySearch(wordStarts, codePoint);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * The part of a word that is tokenized. Lone surrogates become U+FFFD: the native tokenizer would otherwise
     * see three replacement characters for one, and every later offset would point at the wrong word.
     */
    static String head(String word) {
        String w = word;
        if (w.length() > MAX_CHARS_PER_WORD) {
            int cut = MAX_CHARS_PER_WORD;
            if (Character.isHighSurrogate(w.charAt(cut - 1))) {
                cut--;
            }
            w = w.substring(0, cut);
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < w.length() && Character.isLowSurrogate(w.charAt(i + 1));
                if (!paired) {
                    return replaceLoneSurrogates(w);
                }
                i++;
            }
        }
        return w;
    }

    private static String replaceLoneSurrogates(String w) {
        StringBuilder out = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < w.length() && Character.isLowSurrogate(w.charAt(i + 1))) {
                out.append(c).append(w.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
