package ai.headroom.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.cli.BenchCase;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Splicing at recorded spans gives exactly what the streaming pass gives, and falls back where spans are silent;
 * the splice knows where the root members of its result sit.
 */
class SpanSplicingTest {

    private static final String LONG = "x".repeat(SpanRecorder.MIN_BYTES);

    @Test
    void everyLongStringOfARealRequestIsSplicedAsTheStreamingPassSplicesIt() throws Exception {
        for (Path file : requests()) {
            byte[] doc = body(file);
            IndexedTree indexed = IndexedTree.read(doc);
            List<String> pointers = longStrings(indexed);
            assertThat(pointers).as(file.toString()).isNotEmpty();
            JsonEdits edits = new JsonEdits();
            for (int i = 0; i < pointers.size(); i++) {
                edits.replaceString(pointers.get(i), "replaced #" + i + " \"é\"\n");
            }
            if (indexed.tree().path("tools").isArray()) {
                edits.appendToArray("/tools", "{\"name\":\"headroom_retrieve\"}");
            } else {
                edits.addRootMember("tools", "[]");
            }
            assertThat(JsonSplicer.apply(doc, edits, indexed.spans())).as(file.toString())
                    .isEqualTo(JsonSplicer.apply(doc, edits));
        }
    }

    @Test
    void stringsWithEscapesAndMultiByteTextEndAtTheirOwnClosingQuote() throws Exception {
        String doc = "{ \"a\" : \"日本語 \\\" ✓ " + LONG + "\\\\\"  ,\n \"b\":[ \"" + LONG + "😀\" , 1 ],\"tools\":[ ] }";
        JsonEdits edits = new JsonEdits().replaceString("/a", "A").replaceString("/b/0", "B")
                .appendToArray("/tools", "{}");
        assertThat(spliceBoth(doc, edits))
                .containsExactly("{ \"a\" : \"A\"  ,\n \"b\":[ \"B\" , 1 ],\"tools\":[ {}] }",
                        "{ \"a\" : \"A\"  ,\n \"b\":[ \"B\" , 1 ],\"tools\":[ {}] }");
    }

    @Test
    void aShortStringHasNoSpanSoTheStreamingPassEditsIt() throws Exception {
        String doc = "{\"a\":\"short\",\"b\":\"" + LONG + "\"}";
        IndexedTree indexed = IndexedTree.read(doc.getBytes(StandardCharsets.UTF_8));
        assertThat(indexed.spans().string("/a")).isNull();
        assertThat(indexed.spans().string("/b")).isNotNull();
        assertThat(spliceBoth(doc, new JsonEdits().replaceString("/a", "A").replaceString("/b", "B")))
                .containsOnly("{\"a\":\"A\",\"b\":\"B\"}");
    }

    @Test
    void onlyArraysThatAreRootMembersRecordTheirEnd() throws Exception {
        IndexedTree indexed = IndexedTree.read("{\"m\":[{\"c\":[1]}],\"tools\":[]}".getBytes(StandardCharsets.UTF_8));
        assertThat(indexed.spans().rootArrayEnd("/tools")).isEqualTo(26);
        assertThat(indexed.spans().rootArrayEnd("/m")).isEqualTo(15);
        assertThat(indexed.spans().rootArrayEnd("/m/0/c")).isNull();
        assertThat(indexed.spans().rootEnd()).isEqualTo(27);
    }

    @Test
    void everyRealRequestWithItsLongStringsReplacedAndAToolAppendedKeepsItsMembersFindable() throws Exception {
        for (Path file : requests()) {
            byte[] doc = body(file);
            IndexedTree indexed = IndexedTree.read(doc);
            List<String> pointers = longStrings(indexed);
            JsonEdits edits = new JsonEdits();
            for (int i = 0; i < pointers.size(); i += 2) {
                edits.replaceString(pointers.get(i), "shorter #" + i + " \"é\"\n");
            }
            if (indexed.tree().path("tools").isArray()) {
                edits.appendToArray("/tools", "{\"name\":\"headroom_retrieve\"}");
            } else {
                edits.addRootMember("tools", "[{\"name\":\"headroom_retrieve\"},{\"name\":\"x\"}]");
            }

            Spliced spliced = JsonSplicer.splice(doc, edits, indexed.spans());

            assertThat(spliced.members()).as(file.toString()).isNotNull()
                    .isEqualTo(RawElements.of(spliced.body(), rootNames(spliced.body())));
        }
    }

    @Test
    void blanksScalarsAndStringElementsEndWhereTheirBytesEnd() throws Exception {
        String doc = "{ \"model\" : \"m\" , \"n\": 12.50e1 ,\n \"system\":[ \"" + LONG + "\" , true, null ,\"s\" ],"
                + "\"messages\":[{\"content\":\"" + LONG + "\"}, 7],\"tools\":[ ], \"x\":{\"y\":[1]} }";
        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
        IndexedTree indexed = IndexedTree.read(bytes);
        JsonEdits edits = new JsonEdits().replaceString("/system/0", "S").replaceString("/messages/0/content", "é")
                .appendToArray("/tools", "{},[2]");

        Spliced spliced = JsonSplicer.splice(bytes, edits, indexed.spans());

        assertThat(JsonSplicer.splice(bytes, new JsonEdits(), indexed.spans()).members())
                .isEqualTo(RawElements.of(bytes, rootNames(bytes)));
        assertThat(spliced.members()).isEqualTo(RawElements.of(spliced.body(), rootNames(spliced.body())));
        assertThat(spliced.members().elements().get("tools")).hasSize(2);
    }

    @Test
    void anEditTheSpansDoNotCoverLeavesThePositionsUnknown() throws Exception {
        byte[] bytes = "{\"messages\":[{\"a\":1}],\"tools\":[]}".getBytes(StandardCharsets.UTF_8);
        IndexedTree indexed = IndexedTree.read(bytes);

        Spliced spliced = JsonSplicer.splice(bytes, new JsonEdits().replaceRaw("/messages/0/a", "2"), indexed.spans());

        assertThat(spliced.members()).isNull();
        assertThat(new String(spliced.body(), StandardCharsets.UTF_8)).isEqualTo("{\"messages\":[{\"a\":2}],\"tools\":[]}");
    }

    private static Set<String> rootNames(byte[] doc) throws Exception {
        Set<String> names = new HashSet<>();
        Json.mapper().readTree(doc).fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> spliceBoth(String doc, JsonEdits edits) throws Exception {
        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
        IndexedTree indexed = IndexedTree.read(bytes);
        return List.of(new String(JsonSplicer.apply(bytes, edits, indexed.spans()), StandardCharsets.UTF_8),
                new String(JsonSplicer.apply(bytes, edits), StandardCharsets.UTF_8));
    }

    /** A request file as sent: the example requests whole, the bench fixtures wrapped as a tool result. */
    private static byte[] body(Path file) throws Exception {
        return file.toString().startsWith("examples") ? Files.readAllBytes(file) : BenchCase.wrap(Files.readString(file));
    }

    /** JSON pointers of the strings long enough to have a recorded span. */
    private static List<String> longStrings(IndexedTree indexed) {
        List<String> pointers = new ArrayList<>();
        longStrings(indexed.tree(), "", pointers);
        return pointers;
    }

    private static void longStrings(JsonNode node, String pointer, List<String> out) {
        if (node.isTextual() && node.asText().getBytes(StandardCharsets.UTF_8).length > 2 * SpanRecorder.MIN_BYTES) {
            out.add(pointer);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                longStrings(node.get(i), pointer + "/" + i, out);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                longStrings(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
            }
        }
    }

    /** The Claude Code example request, and every bench fixture wrapped as a tool result the way bench does. */
    private static List<Path> requests() throws Exception {
        try (Stream<Path> examples = Files.list(Path.of("examples"));
                Stream<Path> fixtures = Files.list(Path.of("bench/fixtures"))) {
            return Stream.concat(examples.filter(p -> p.toString().endsWith(".json")), fixtures.sorted()).toList();
        }
    }
}
