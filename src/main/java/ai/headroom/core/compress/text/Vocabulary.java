package ai.headroom.core.compress.text;

import ai.headroom.core.compress.IntList;
import java.util.Arrays;
import java.util.List;

/**
 * The word ids of every unit, each unit's distinct word ids, and in how many units each word occurs; built
 * once per call. Units that are not selectable have no words but still count as documents.
 */
final class Vocabulary {

    final Lexicon lexicon;
    private final Words scanner = new Words();
    private final int[] wordStart; // unit u has words[wordStart[u] .. wordStart[u + 1])
    private final IntList words;
    private final int[] distinctStart;
    private final int[] distinct;
    private final int[] documentFrequency;
    final double averageLength;

    Vocabulary(String text, List<Unit> units) {
        int n = units.size();
        // Prose has about one word that is not a stop word per eight chars, and a new one every second or third word.
        words = new IntList(text.length() / 8);
        lexicon = new Lexicon(Math.min(text.length() / 16, 1 << 16));
        wordStart = new int[n + 1];
        Words.Sink intern = (chars, len, hash) -> words.add(lexicon.intern(chars, len, hash));
        for (int u = 0; u < n; u++) {
            Unit unit = units.get(u);
            if (unit.kind().selectable()) {
                scanner.forEach(text, unit.start(), unit.end(), intern);
            }
            wordStart[u + 1] = words.size();
        }
        int total = words.size();
        // Distinct ids per unit in order of first occurrence; lastSeen[id] == u + 1 marks "already in unit u".
        documentFrequency = new int[lexicon.size()];
        int[] lastSeen = new int[lexicon.size()];
        distinctStart = new int[n + 1];
        distinct = new int[total];
        int d = 0;
        for (int u = 0; u < n; u++) {
            for (int k = wordStart[u]; k < wordStart[u + 1]; k++) {
                int id = words.get(k);
                if (lastSeen[id] != u + 1) {
                    lastSeen[id] = u + 1;
                    distinct[d++] = id;
                    documentFrequency[id]++;
                }
            }
            distinctStart[u + 1] = d;
        }
        this.averageLength = n == 0 ? 1 : Math.max(1, (double) total / n);
    }

    /** Number of units (documents). */
    int size() {
        return wordStart.length - 1;
    }

    /** Number of words of all units, repeats included. */
    int totalWords() {
        return words.size();
    }

    /** Number of words of unit {@code u}, repeats included. */
    int length(int u) {
        return wordStart[u + 1] - wordStart[u];
    }

    /** Id of the {@code k}-th word of unit {@code u}. */
    int word(int u, int k) {
        return words.get(wordStart[u] + k);
    }

    /** Number of distinct words of unit {@code u}. */
    int distinctCount(int u) {
        return distinctStart[u + 1] - distinctStart[u];
    }

    /** Id of the {@code k}-th distinct word of unit {@code u}, in order of first occurrence. */
    int distinctWord(int u, int k) {
        return distinct[distinctStart[u] + k];
    }

    /** Number of units containing word {@code id}. */
    int df(int id) {
        return documentFrequency[id];
    }

    /** Distinct ids of the words of {@code query} that occur in some unit, in order of first occurrence. */
    IntList queryTerms(String query) {
        IntList terms = new IntList(8);
        scanner.forEach(query, 0, query.length(), (chars, len, hash) -> {
            int id = lexicon.find(chars, len, hash);
            if (id >= 0 && !terms.contains(id)) {
                terms.add(id);
            }
        });
        return terms;
    }
}
