package ai.headroom.core.compress.json;

import ai.headroom.core.json.JsonValue;
import java.util.List;
import java.util.Set;

/** Finds error words and the user's query terms in one array item (its keys and string values). */
final class ItemScanner {

    /** How alarming an item is and which query terms it contains. */
    record Scan(int severity, long queryMask) {}

    /** Words that make an item worth keeping; whole words, any case. */
    private static final Set<String> ERROR_WORDS = Set.of(
            "error", "errors", "exception", "exceptions", "failed", "failure", "failures", "critical",
            "fatal", "crash", "crashed", "panic", "abort", "aborted", "timeout", "timeouts", "denied", "rejected");

    /** The subset that marks the worst items, kept ahead of ordinary errors when the budget is tight. */
    private static final List<String> ERROR_WORD_LIST = List.copyOf(new java.util.TreeSet<>(ERROR_WORDS));
    /** Bit {@code c - 'a'} set when some error word starts with letter c: most words are ruled out by one test. */
    private static final int ERROR_INITIALS = initials(ERROR_WORD_LIST);
    private static final Set<String> SEVERE_WORDS = Set.of("fatal", "critical", "panic", "crash", "crashed");

    private static final int MAX_DEPTH = 64;

    private final List<String> queryTerms;
    /** Bit n set when some query term has n chars (terms of 64+ chars share bit 63). */
    private final long termLengths;
    private int severity;
    private long mask;

    private ItemScanner(List<String> queryTerms) {
        this.queryTerms = queryTerms;
        long lengths = 0;
        for (String t : queryTerms) {
            lengths |= 1L << Math.min(63, t.length());
        }
        this.termLengths = lengths;
    }

    /** Scans one item; {@code queryTerms} holds at most 64 lower-case words. */
    static Scan scan(JsonValue item, List<String> queryTerms) {
        ItemScanner s = new ItemScanner(queryTerms);
        s.walk(item, 0);
        return new Scan(s.severity, s.mask);
    }

    private void walk(JsonValue v, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        switch (v) {
            case JsonValue.Obj o -> {
                for (JsonValue.Member m : o.members()) {
                    // a key like "error" only counts when it carries something: "error": null is routine
                    text(m.key().value(), truthy(m.value()));
                    walk(m.value(), depth + 1);
                }
            }
            case JsonValue.Arr a -> a.items().forEach(i -> walk(i, depth + 1));
            case JsonValue.Str s -> text(s.value(), true);
            case JsonValue.Num n -> query(n.raw(), 0, n.raw().length());
            case JsonValue.Lit l -> { }
        }
    }

    private void text(String text, boolean errorsCount) {
        Words.forEach(text, (t, start, end) -> {
            int len = end - start;
            if (errorsCount && len >= 5 && len <= 10) { // the length range of ERROR_WORDS: skip the rest cheaply
                String w = errorWord(t, start, end);
                if (w != null) {
                    severity = Math.max(severity, SEVERE_WORDS.contains(w) ? 2 : 1);
                }
            }
            query(t, start, end);
        });
    }

    /** The error word this range spells, ignoring case, or null; compares in place instead of lower-casing a copy. */
    private static String errorWord(String text, int start, int end) {
        int initial = (text.charAt(start) | 0x20) - 'a'; // ASCII lower case; anything else falls outside 0..25
        if (initial < 0 || initial > 25 || (ERROR_INITIALS >>> initial & 1) == 0) {
            return null;
        }
        for (String w : ERROR_WORD_LIST) {
            if (w.length() == end - start && text.regionMatches(true, start, w, 0, w.length())) {
                return w;
            }
        }
        return null;
    }

    private void query(String text, int start, int end) {
        if ((termLengths >>> Math.min(63, end - start) & 1) == 0) {
            return;
        }
        for (int i = 0; i < queryTerms.size(); i++) {
            String term = queryTerms.get(i);
            if (term.length() == end - start && text.regionMatches(true, start, term, 0, term.length())) {
                mask |= 1L << i;
            }
        }
    }

    private static int initials(List<String> words) {
        int bits = 0;
        for (String w : words) {
            bits |= 1 << (w.charAt(0) - 'a');
        }
        return bits;
    }

    static boolean truthy(JsonValue v) {
        return switch (v) {
            case JsonValue.Lit l -> "true".equals(l.raw());
            case JsonValue.Str s -> !s.value().isEmpty();
            case JsonValue.Num n -> NumberValue.of(n.raw()) != 0.0;
            case JsonValue.Obj o -> !o.members().isEmpty();
            case JsonValue.Arr a -> !a.items().isEmpty();
        };
    }
}
