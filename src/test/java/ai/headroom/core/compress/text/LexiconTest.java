package ai.headroom.core.compress.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void idsAreDenseInOrderOfFirstSightAndSurviveGrowth() {
        Lexicon lexicon = new Lexicon(1);

        for (int i = 0; i < 5000; i++) {
            char[] word = ("w" + i).toCharArray();
            assertThat(lexicon.intern(word, word.length)).isEqualTo(i);
        }

        for (int i = 0; i < 5000; i += 7) {
            char[] word = ("w" + i).toCharArray();
            assertThat(lexicon.intern(word, word.length)).isEqualTo(i);
            assertThat(lexicon.find(word, word.length, Lexicon.hash(word, word.length))).isEqualTo(i);
            assertThat(lexicon.hash(i)).isEqualTo(("w" + i).hashCode());
        }
        assertThat(lexicon.size()).isEqualTo(5000);
    }

    @Test
    void aPrefixOrAnUnseenWordHasNoId() {
        Lexicon lexicon = new Lexicon(16);
        char[] word = "timeout".toCharArray();
        lexicon.intern(word, word.length);

        assertThat(lexicon.find(word, 4, Lexicon.hash(word, 4))).isEqualTo(-1);
        assertThat(lexicon.find("pool".toCharArray(), 4, "pool".hashCode())).isEqualTo(-1);
    }
}
