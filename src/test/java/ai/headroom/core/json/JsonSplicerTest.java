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
    void aReplacedStringFollowedByAMemberOrAnElementEndsAtItsOwnClosingQuote() {
        String out = splice("{\"a\" : \"x \\\" y\"  ,\n \"b\":[\"p\" , \"q\"]}",
                new JsonEdits().replaceString("/a", "A").replaceString("/b/0", "P"));
        assertThat(out).isEqualTo("{\"a\" : \"A\"  ,\n \"b\":[\"P\" , \"q\"]}");
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

    @Test
    void anArrayIsReplacedByRawTextAndItsInnerEditsAreIgnored() {
        String doc = "{\"m\":[ {\"t\":\"a\"}, {\"t\":\"b\"} ] ,\"z\":0.10}";
        String out = splice(doc, new JsonEdits().replaceString("/m/0/t", "ignored").replaceRaw("/m", "[{\"t\":\"b\"}]"));
        assertThat(out).isEqualTo("{\"m\":[{\"t\":\"b\"}] ,\"z\":0.10}");
    }

    @Test
    void scalarsAndObjectsAreReplacedByRawTextInPlace() {
        String doc = "{\"a\":1e3,\"b\":{\"c\":[1,2]},\"d\":\"s\",\"e\":null}";
        String out = splice(doc, new JsonEdits().replaceRaw("/a", "2").replaceRaw("/b", "[]")
                .replaceRaw("/d", "{\"x\":true}").replaceRaw("/e", "\"n\""));
        assertThat(out).isEqualTo("{\"a\":2,\"b\":[],\"d\":{\"x\":true},\"e\":\"n\"}");
    }

    @Test
    void aRawReplacementInsideAnArrayLeavesItsSiblingsAndLaterEditsAlone() {
        String doc = "{\"m\":[{\"c\":\"x\"},{\"c\":[1]},{\"c\":\"y\"}],\"tools\":[]}";
        String out = splice(doc, new JsonEdits().replaceRaw("/m/1/c", "\"one\"").replaceString("/m/2/c", "z")
                .appendToArray("/tools", "7"));
        assertThat(out).isEqualTo("{\"m\":[{\"c\":\"x\"},{\"c\":\"one\"},{\"c\":\"z\"}],\"tools\":[7]}");
    }

    @Test
    void elementsAreInsertedAfterAnArrayElementWhateverItHolds() {
        String doc = "{\"m\":[ {\"a\":[1,{\"b\":2}]} , \"s\", 3 ],\"z\":[[1],[2]]}";
        String out = splice(doc, new JsonEdits().insertAfter("/m/0", "{\"x\":1},{\"y\":2}")
                .insertAfter("/m/1", "\"t\"").insertAfter("/m/2", "4").insertAfter("/z/0", "[9]"));
        assertThat(out).isEqualTo("{\"m\":[ {\"a\":[1,{\"b\":2}]},{\"x\":1},{\"y\":2} , \"s\",\"t\", 3,4 ],"
                + "\"z\":[[1],[9],[2]]}");
    }

    @Test
    void anInsertionAfterAnArrayThatIsAppendedToOrAStringThatIsReplacedComesAfterTheEdit() {
        String doc = "{\"m\":[[1],\"old\",{\"s\":\"x\"},{\"r\":[1]}]}";
        String out = splice(doc, new JsonEdits().appendToArray("/m/0", "2").insertAfter("/m/0", "[3]")
                .replaceString("/m/1", "new").insertAfter("/m/1", "\"after\"")
                .replaceString("/m/2/s", "y").insertAfter("/m/2", "0")
                .replaceRaw("/m/3", "{\"raw\":true}").insertAfter("/m/3", "9"));
        assertThat(out).isEqualTo("{\"m\":[[1,2],[3],\"new\",\"after\",{\"s\":\"y\"},0,{\"raw\":true},9]}");
    }

    @Test
    void anInsertionAndAnAppendInsideTheSameElementBothApply() {
        String doc = "{\"m\":[{\"c\":[\"p\"]},{\"r\":1}]}";
        String out = splice(doc, new JsonEdits().appendToArray("/m/0/c", "\"q\"").insertAfter("/m/0", "{\"n\":0}")
                .replaceString("/m/0/c/0", "P"));
        assertThat(out).isEqualTo("{\"m\":[{\"c\":[\"P\",\"q\"]},{\"n\":0},{\"r\":1}]}");
    }
}
