package ai.headroom.core.compress.kompress;

import ai.onnxruntime.OrtException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Turns words into keep probabilities: tokenizes chunk-sized runs of words, packs their tokens into model-sized windows at word boundaries, runs the windows in batches and
 * averages each word's sub-token probabilities.
 */
final class WordScorer {

    /** Only a word's head is tokenized: a 200 KB "word" (base64, minified JS) must not cost 50k tokens. */
    static final int MAX_CHARS_PER_WORD = 64;
    /** Sub-tokens per word fed to the model; more only repeats the same verdict and eats the window. */
    static final int MAX_TOKENS_PER_WORD = 16;

    private final KompressModel model;
    private final KompressSettings settings;

    WordScorer(KompressModel model, KompressSettings settings) {
        this.model = model;
        this.settings = settings;
    }

    /** One model input: token ids with specials, and the word each content position belongs to. */
    record Window(long[] ids, int[] wordOf) {}

    /** Keep probability per word (0 for words that yield no token), or null once the deadline has passed. */
    float[] score(List<String> words, BooleanSupplier pastDeadline) throws OrtException {
        List<Window> windows = windows(words, pastDeadline);
        if (windows == null) {
            return null;
        }
        double[] sum = new double[words.size()];
        int[] count = new int[words.size()];
        int offset = model.prefix().length;
        for (int from = 0; from < windows.size(); from += settings.windowsPerRun()) {
            if (pastDeadline.getAsBoolean()) {
                return null;
            }
            List<Window> batch = windows.subList(from, Math.min(windows.size(), from + settings.windowsPerRun()));
            float[][] probs = model.keepProbabilities(batch.stream().map(Window::ids).toList());
            for (int b = 0; b < batch.size(); b++) {
                int[] wordOf = batch.get(b).wordOf();
                for (int t = 0; t < wordOf.length; t++) {
                    float p = probs[b][offset + t];
                    sum[wordOf[t]] += Float.isNaN(p) ? 0 : p;
                    count[wordOf[t]]++;
                }
            }
        }
        float[] scores = new float[words.size()];
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
