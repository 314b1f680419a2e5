package ai.headroom.core.compress.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.CompressionContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmartCrusherTest {

    private static final Encoding O200K = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
    private final SmartCrusher crusher = new SmartCrusher();

    private Compressed crush(String json, String query) {
        return crusher.compress(json, CompressionContext.of(json, query));
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    @Test
    void theFatalLogEntryIsKeptVerbatimWhileTheLogPageShrinksMoreThanTheReference() {
        // given 100 pretty-printed log entries with one FATAL
        String logs = JsonFixtures.logEntries();

        // when
        Compressed out = crush(logs, "");

        // then: the reference goes 10,144 -> 1,260 tokens (87.6% saved); we must save at least as much
        int before = O200K.countTokens(logs);
        int after = O200K.countTokens(out.text());
        assertThat(1 - after / (double) before).as("%d -> %d tokens", before, after).isGreaterThanOrEqualTo(0.876);
        assertThat(out.lossy()).isTrue();
        JsonNode fatal = CrushedReader.exact(logs).get(JsonFixtures.FATAL_INDEX);
        assertThat(fatal.get("level").asText()).isEqualTo("FATAL");
        assertThat(elements(CrushedReader.read(out.text()))).contains(fatal);
    }

    @Test
    void everyFixtureRebuildsExactlyFromLosslessOutput() {
        for (String json : List.of(JsonFixtures.logEntries(), JsonFixtures.issuesPage(), JsonFixtures.filePaths(),
                JsonFixtures.metricPoints(), JsonFixtures.orders(), awkwardCells())) {
            // when
            Compressed out = crusher.compress(json, CompressionContext.of(json, "").losslessOnly());

            // then: same data, same key order, same number text
            assertThat(out.lossy()).isFalse();
            assertThat(out.text().length()).isLessThan(json.length());
            assertThat(CrushedReader.read(out.text()).toString()).isEqualTo(CrushedReader.exact(json).toString());
        }
    }

    @Test
    void awkwardCellsAreQuotedSoTheTableStaysExact() {
        // given objects whose values contain separators, quotes, nulls, "null", absent keys and nested values
        String json = awkwardCells();

        // when
        String out = crusher.compress(json, CompressionContext.of(json, "").losslessOnly()).text();

        // then it is a table, and it reads back exactly
        assertThat(out).startsWith("{\"rows\":[6]{id:int,");
        assertThat(out).contains("\"Smith, Bob\"").contains("\"null\"").contains("1.50E+3");
        assertThat(CrushedReader.read(out).toString()).isEqualTo(CrushedReader.exact(json).toString());
    }

    @Test
    void paginationFieldsSurviveAndTheIssuesPageShrinksALot() {
        // given a GitHub-like page of 60 issues
        String page = JsonFixtures.issuesPage();

        // when
        Compressed out = crush(page, "");

        // then
        assertThat(out.text()).startsWith("{\"total_count\":1432,\"incomplete_results\":false,\"items\":[");
        assertThat(out.text()).contains(",\"next\":\"https://api.github.com/search/issues?q=repo%3Aacme%2Fwidget&page=2");
        assertThat(O200K.countTokens(out.text())).isLessThan(O200K.countTokens(page) * 30 / 100);
        JsonNode original = CrushedReader.exact(page);
        JsonNode kept = CrushedReader.read(out.text());
        assertThat(kept.get("items").size()).isBetween(3, 30);
        assertThat(elements(original.get("items"))).containsAll(elements(kept.get("items")));
        assertThat(kept.get("next")).isEqualTo(original.get("next"));
    }

    @Test
    void longStringListsAreSampledToRealItemsInTheirOrderWithAMarker() {
        // given 500 file paths
        String paths = JsonFixtures.filePaths();

        // when
        Compressed out = crush(paths, "");

        // then
        List<JsonNode> all = elements(CrushedReader.exact(paths));
        List<JsonNode> kept = elements(CrushedReader.read(out.text()));
        assertThat(kept.size()).isBetween(3, 50);
        assertThat(all).containsSubsequence(kept);
        assertThat(kept.get(0)).isEqualTo(all.get(0));
        assertThat(kept.get(kept.size() - 1)).isEqualTo(all.get(all.size() - 1));
        assertThat(out.text()).contains("[500 items compressed to " + kept.size() + ". Retrieve more: hash=");
    }

    @Test
    void theSpikeInAMetricSeriesIsKept() {
        // given 1000 samples around 42 with one spike
        String metrics = JsonFixtures.metricPoints();

        // when
        Compressed out = crush(metrics, "");

        // then
        assertThat(out.text().length()).isLessThan(metrics.length() / 10);
        assertThat(CrushedReader.read(out.text()).toString()).contains("987.65");
    }

    @Test
    void itemsCarryingTheQueryTermAreKept() {
        // given orders where only the query names ORD-20417
        String orders = JsonFixtures.orders();
        JsonNode asked = elements(CrushedReader.exact(orders).get("orders")).stream()
                .filter(o -> o.get("order_id").asText().equals("ORD-20417")).findFirst().orElseThrow();

        // when
        JsonNode withQuery = CrushedReader.read(crush(orders, "Why was order ORD-20417 refunded?").text());
        JsonNode withoutQuery = CrushedReader.read(crush(orders, "").text());

        // then
        assertThat(elements(withQuery.get("orders"))).contains(asked);
        assertThat(elements(withoutQuery.get("orders"))).doesNotContain(asked);
        assertThat(elements(withQuery.get("orders")))
                .filteredOn(o -> o.get("status").asText().equals("refunded")).hasSize(2);
        assertThat(withQuery.get("page").asInt()).isEqualTo(1);
    }

    @Test
    void errorWordsInValuesKeepAnItemButAnEmptyErrorKeyDoesNot() {
        // given 40 jobs, all with "error": null, one of them "status": "failed"
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 40; i++) {
            sb.append(i > 0 ? "," : "").append("{\"job\":\"build-").append(i).append("\",\"status\":\"")
                    .append(i == 17 ? "failed" : "passed").append("\",\"error\":null,\"duration_s\":")
                    .append(60 + i % 7).append('}');
        }
        String json = sb.append(']').toString();

        // when
        List<JsonNode> kept = elements(CrushedReader.read(crush(json, "").text()));

        // then
        assertThat(kept).anySatisfy(j -> assertThat(j.get("job").asText()).isEqualTo("build-17"));
        assertThat(kept.size()).isLessThan(20);
    }

    @Test
    void identicalItemsAreKeptOnceWithACount() {
        // given 30 identical heartbeat entries and one different
        String beat = "{\"type\":\"heartbeat\",\"ok\":true}";
        String json = "[" + (beat + ",").repeat(30) + "{\"type\":\"shutdown\",\"ok\":false}]";

        // when
        Compressed out = crush(json, "");

        // then
        assertThat(out.lossy()).isTrue();
        assertThat(out.text()).contains("(×30 identical)").contains("shutdown");
        assertThat(CcrMarker.hashesIn(out.text())).containsExactly(CcrMarker.hashOf(json));
    }

    @Test
    void tenThousandLevelsDeepIsReturnedUnchanged() {
        // given valid but absurdly deep JSON
        String deep = "[".repeat(10_000) + "]".repeat(10_000);

        // when
        Compressed out = crush(deep, "");

        // then
        assertThat(out.text()).isSameAs(deep);
        assertThat(out.lossy()).isFalse();
    }

    @Test
    void arraysDeeperThanTheLimitAreOnlyMinified() {
        // given a long array of objects nested 70 levels down
        String items = "[" + "{\"id\":1,\"name\":\"a\"},".repeat(9) + "{\"id\":2,\"name\":\"b\"}]";
        String json = "{\"a\":".repeat(70) + " " + items + "}".repeat(70);

        // when
        Compressed out = crush(json, "");

        // then
        assertThat(out.lossy()).isFalse();
        assertThat(out.text()).isEqualTo(json.replace(" ", ""));
    }

    @Test
    void numbersKeepTheirExactText() {
        // given numbers a double would round or reformat
        String json = "{\"values\": [0.40000000000000002, 1E+400, -0.0, 12345678901234567890, 1.10]}";

        // when
        String out = crusher.compress(json, CompressionContext.of(json, "").losslessOnly()).text();

        // then
        assertThat(out).isEqualTo("{\"values\":[0.40000000000000002,1E+400,-0.0,12345678901234567890,1.10]}");
    }

    @Test
    void longArraysInsideShortOnesAreStillCompressed() {
        // given one search result wrapping a long list of paths
        String json = "[{\"query\":\"widget\",\"files\":" + JsonFixtures.filePaths() + "}]";

        // when
        Compressed out = crush(json, "");

        // then the inner list is sampled, the wrapper stays readable JSON
        assertThat(out.lossy()).isTrue();
        assertThat(out.text()).startsWith("[{\"query\":\"widget\",\"files\":[\"src/main/java/com/acme/widget/Client0.java\"");
        assertThat(out.text()).contains("[500 items compressed to ");
        assertThat(out.text().length()).isLessThan(json.length() / 10);
    }

    @Test
    void settingsRejectNonsense() {
        assertThatThrownBy(() -> new SmartCrusherSettings(1, 3, 50, 40, 64, 0.15))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minItems");
        assertThatThrownBy(() -> new SmartCrusherSettings(5, 10, 5, 40, 64, 0.15))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minKeep");
        assertThatThrownBy(() -> new SmartCrusherSettings(5, 3, 50, 40, 600, 0.15))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxArrayDepth");
        assertThatThrownBy(() -> new SmartCrusherSettings(5, 3, 50, 40, 64, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minTableSaving");
    }

    @Test
    void settingsDecideWhichArraysAreSampledAndHowFar() {
        // given 8 log entries, a crusher that samples only arrays of 10 or more, and one that keeps 3 items
        String json = CrushedReader.exact(JsonFixtures.logEntries()).toString();
        String eight = json.substring(0, ordinalIndexOf(json, ",{\"timestamp\"", 8)) + "]";
        SmartCrusher strict = new SmartCrusher(new SmartCrusherSettings(10, 3, 50, 40, 64, 0.15));
        SmartCrusher tight = new SmartCrusher(new SmartCrusherSettings(5, 3, 3, 2, 64, 0.15));

        // when
        Compressed whole = strict.compress(eight, CompressionContext.of(eight, ""));
        Compressed sampled = tight.compress(eight, CompressionContext.of(eight, ""));

        // then
        assertThat(whole.lossy()).isFalse();
        assertThat(sampled.lossy()).isTrue();
        assertThat(sampled.text()).contains("[8 items compressed to 3. Retrieve more: hash=");
    }

    private static int ordinalIndexOf(String s, String part, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = s.indexOf(part, at + 1);
        }
        return at;
    }

    private static String awkwardCells() {
        return """
                {
                  "rows": [
                    {"id": 1, "name": "Smith, Bob", "note": "null", "tags": ["a", "b"], "score": 1.50E+3},
                    {"id": 2, "name": "", "note": null, "tags": [], "score": -2},
                    {"id": 3, "name": "  padded  ", "tags": {"k": "v, w"}, "score": 0.5},
                    {"id": 4, "name": "line\\nbreak \\"quoted\\" caf\\u00e9", "note": "[not json", "score": 7},
                    {"id": 5, "name": "{brace", "note": "x"},
                    {"id": 6, "name": "plain", "note": "true", "tags": null, "score": 3, "key:with,colon": 1}
                  ],
                  "next": null
                }
                """;
    }
}
