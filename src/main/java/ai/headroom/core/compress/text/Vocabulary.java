package ai.headroom.core.compress.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The words of every unit, each unit's distinct words, and in how many units each word occurs; built once. */
final class Vocabulary {

    final List<List<String>> words;
    final List<List<String>> distinct;
    final double averageLength;
    private final Map<String, Integer> documentFrequency = new HashMap<>(); // looked up only

    Vocabulary(List<List<String>> words) {
        this.words = words;
        this.distinct = new ArrayList<>(words.size());
        long total = 0;
        for (List<String> w : words) {
            total += w.size();
            Set<String> seen = new HashSet<>();
            List<String> unique = new ArrayList<>();
            for (String word : w) {
                if (seen.add(word)) {
                    unique.add(word);
                    documentFrequency.merge(word, 1, Integer::sum);
                }
            }
            distinct.add(unique);
        }
        this.averageLength = words.isEmpty() ? 1 : Math.max(1, (double) total / words.size());
    }

    int size() {
        return words.size();
    }

    /** Number of units containing {@code word}. */
    int df(String word) {
        return documentFrequency.getOrDefault(word, 0);
    }
}
