package ai.headroom.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonSplicerTest {

    private static String splice(String doc, JsonEdits edits) {
        return new String(JsonSplicer.apply(doc.getBytes(StandardCharsets.UTF_8), edits), StandardCharsets.UTF_8);
    }

    @Test
    void onlyTheReplacedStringChangesAndEveryOtherByteSurvives() {
        String doc = "{ \"z\":1e3, \"a\" : [ {\"t\":\"old \\u00e9 text\"}, 0.40000000000000002 ],\n \"b\":\"keep\" }";
        String out = splice(doc, new JsonEdits().replaceString("/a/0/t", "new \"quoted\"\ntext"));
        assertThat(out).isEqualTo(
                "{ \"z\":1e3, \"a\" : [ {\"t\":\"new \\\"quoted\\\"\\ntext\"}, 0.40000000000000002 ],\n \"b\":\"keep\" }");
    }

    @Test
    void noEditsGiveBackTheVeryBytesPassedIn() {
        byte[] doc = "{\"a\":  1}".getBytes(StandardCharsets.UTF_8);
        assertThat(JsonSplicer.apply(doc, new JsonEdits())).isSameAs(doc);
    }

    @Test
    void anElementIsAppendedToANonEmptyArrayWithAComma() {
        String out = splice("{\"tools\":[{\"name\":\"a\"} ],\"x\":[]}",
                new JsonEdits().appendToArray("/tools", "{\"name\":\"b\"}"));
        assertThat(out).isEqualTo("{\"tools\":[{\"name\":\"a\"} ,{\"name\":\"b\"}],\"x\":[]}");
    }

    @Test
    void anElementIsAppendedToAnEmptyArrayWithoutAComma() {
        String out = splice("{\"tools\":[ ]}", new JsonEdits().appendToArray("/tools", "1"));
        assertThat(out).isEqualTo("{\"tools\":[ 1]}");
    }

    @Test
    void aRootMemberIsAddedBeforeTheClosingBrace() {
        String out = splice("{\"m\":{\"k\":{}}}\n", new JsonEdits().addRootMember("tools", "[1]"));
        assertThat(out).isEqualTo("{\"m\":{\"k\":{}},\"tools\":[1]}\n");
    }

    @Test
    void multiByteTextBeforeAnEditKeepsOffsetsRight() {
        String doc = "{\"a\":\"日本語 ✓ 😀\",\"b\":\"x\"}";
        String out = splice(doc, new JsonEdits().replaceString("/b", "y"));
        assertThat(out).isEqualTo("{\"a\":\"日本語 ✓ 😀\",\"b\":\"y\"}");
    }

    @Test
    void keysWithSlashesAndTildesAreAddressedByEscapedPointers() {
        String out = splice("{\"a/b\":{\"c~d\":\"v\"}}", new JsonEdits().replaceString("/a~1b/c~0d", "w"));
        assertThat(out).isEqualTo("{\"a/b\":{\"c~d\":\"w\"}}");
    }
}
