package ai.headroom.core.compress.text;

import ai.headroom.core.compress.IntList;
import java.util.Arrays;

/** The must-keep tokens that kept units already carry, as ids of one per-call {@link Lexicon}; never shared. */
final class CoveredTokens {

    private final Lexicon tokens = new Lexicon(64);
    private final IntList found = new IntList(32);
    private boolean[] covered = new boolean[32];
    private char[] buffer = new char[64];
    private final MustKeepTokens.Sink collector = this::collect;
    private String text = "";

    /** Marks every must-keep token of {@code text[from, to)} as covered. */
    void cover(String text, int from, int to) {
        collect(text, from, to);
        markFound();
    }

    /** Covers the tokens of {@code text[from, to)} when at least one of them was not covered yet; says whether it did. */
    boolean coverNew(String text, int from, int to) {
        collect(text, from, to);
        for (int k = 0; k < found.size(); k++) {
            if (!covered[found.get(k)]) {
                markFound();
                return true;
            }
        }
        return false;
    }

    private void collect(String text, int from, int to) {
        this.text = text;
        found.clear();
        MustKeepTokens.forEach(text, from, to, collector);
        if (tokens.size() > covered.length) {
            covered = Arrays.copyOf(covered, Math.max(tokens.size(), covered.length * 2));
        }
    }

    private void collect(int start, int end) {
        int len = end - start;
        if (len > buffer.length) {
            buffer = new char[Math.max(len, buffer.length * 2)];
        }
        text.getChars(start, end, buffer, 0);
        found.add(tokens.intern(buffer, len));
    }

    private void markFound() {
        for (int k = 0; k < found.size(); k++) {
            covered[found.get(k)] = true;
        }
    }
}
