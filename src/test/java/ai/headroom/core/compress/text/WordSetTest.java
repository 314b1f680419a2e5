package ai.headroom.core.compress.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {

    private static final List<String> WORDS = List.of("kind", "thanks", "e.g", "i", "approx");
    private final WordSet set = new WordSet(WORDS.toArray(String[]::new));

    @Test
    void aSpanIsFoundExactlyWhenStringLowerCasingWouldFindIt() {
        // Kelvin sign lower-cases to 'k'; dotted capital I to two chars; final sigma depends on context.
        List<String> spans = List.of("Kind", "KIND", "\u212Aind", "kinds", "THANKS", "E.G", "e.g", "I", "\u0130", "ı",
                "Approx", "APPROX", "", "ΣΟΦΟΣ", "thanKs", "tha", "kind ", "ki\u0130d");
        for (String span : spans) {
            String text = "(" + span + ")";

            boolean found = set.containsLowered(text, 1, text.length() - 1);

            assertThat(found).as(span).isEqualTo(Set.copyOf(WORDS).contains(span.toLowerCase(Locale.ROOT)));
        }
    }

    @Test
    void charRangesMatchOnlyWholeWords() {
        char[] chars = "xthanksx".toCharArray();

        assertThat(set.contains(chars, 1, 6, "thanks".hashCode())).isTrue();
        assertThat(set.contains(chars, 1, 5, "thank".hashCode())).isFalse();
        assertThat(set.contains("approx")).isTrue();
        assertThat(set.contains("approximately")).isFalse();
    }
}
