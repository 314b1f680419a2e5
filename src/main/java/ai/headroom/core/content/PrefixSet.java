package ai.headroom.core.content;

import java.util.ArrayList;
import java.util.List;

/** A set of line prefixes indexed by first character, so a line is compared only with plausible ones. */
final class PrefixSet {

    private final String[][] byFirstChar = new String[128][];
    private final String[] other;

    PrefixSet(List<String> prefixes) {
        List<List<String>> buckets = new ArrayList<>();
        for (int i = 0; i < 128; i++) {
            buckets.add(new ArrayList<>());
        }
        List<String> rest = new ArrayList<>();
        for (String prefix : prefixes) {
            char c = prefix.charAt(0);
            (c < 128 ? buckets.get(c) : rest).add(prefix);
        }
        for (int i = 0; i < 128; i++) {
            byFirstChar[i] = buckets.get(i).toArray(String[]::new);
        }
        other = rest.toArray(String[]::new);
    }

    /** Whether {@code line} starts with one of the prefixes. */
    boolean matches(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char c = line.charAt(0);
        for (String prefix : c < 128 ? byFirstChar[c] : other) {
            if (line.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
