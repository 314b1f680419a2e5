package ai.headroom.core.ccr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CcrMarkerTest {

    private static final String HASH = CcrMarker.hashOf("original");
    private static final String OTHER = CcrMarker.hashOf("other");

    @Test
    void referencesAgreesWithTheHashesFoundInTheText() {
        String[] texts = {
            "kept lines\n" + CcrMarker.format("3 of 9 kept", HASH),
            "a tag <<ccr:" + HASH + " 12 rows>> inside",
            CcrMarker.format("other block", OTHER),
            "hash=" + HASH + " without the marker's words",
            "Retrieve more: hash=" + HASH.substring(0, 20) + "]",
            "",
        };
        for (String text : texts) {
            assertThat(CcrMarker.references(text, HASH)).as(text).isEqualTo(CcrMarker.hashesIn(text).contains(HASH));
        }
        assertThat(CcrMarker.references(texts[0], HASH)).isTrue();
        assertThat(CcrMarker.references(texts[2], HASH)).isFalse();
    }
}
