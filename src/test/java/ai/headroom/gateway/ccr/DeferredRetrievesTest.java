package ai.headroom.gateway.ccr;

import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.core.Headroom;
import ai.headroom.core.ccr.InMemoryCcrStore;
import ai.headroom.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deferred retrieve calls come back only into the request that continues their turn; others are not parsed. */
class DeferredRetrievesTest {

    private final InMemoryCcrStore store = new InMemoryCcrStore();
    private final DeferredRetrieves deferred = new DeferredRetrieves(store);
    private final Retriever retriever = new Retriever(Headroom.builder().store(store).build(), "t");

    private static String chat(String clientCallId) {
        return "{\"messages\":[{\"role\":\"user\",\"content\":\"héllo ✓\"},{\"role\":\"assistant\",\"content\":null,"
                + "\"tool_calls\":[{\"id\":\"" + clientCallId + "\",\"type\":\"function\",\"function\":{\"name\":"
                + "\"bash\",\"arguments\":\"{}\"}}]},{\"role\":\"tool\",\"tool_call_id\":\"" + clientCallId
                + "\",\"content\":\"ok\"}]}";
    }

    private void recordMixedTurn(String tenant, String clientCallId) throws Exception {
        deferred.record(tenant, new DeferredCalls(List.of(clientCallId), List.of(Json.mapper().readTree(
                "{\"id\":\"call_r" + clientCallId + "\",\"type\":\"function\",\"function\":{\"name\":"
                        + "\"headroom_retrieve\",\"arguments\":\"{\\\"hash\\\":\\\"h\\\"}\"}}"))));
    }

    @Test
    void theRequestThatAnswersADeferredTurnGetsItsRetrieveCallsBack() throws Exception {
        // given
        recordMixedTurn("t", "call_client1");
        byte[] body = chat("call_client1").getBytes(StandardCharsets.UTF_8);

        // when
        byte[] answered = deferred.answer(body, OpenAiChatLoop.INSTANCE, retriever);

        // then
        assertThat(new String(answered, StandardCharsets.UTF_8)).contains("\"call_rcall_client1\"", "headroom_retrieve");
    }

    @Test
    void everyTurnDeferredByTheTenantStaysAnswerableNotOnlyTheLast() throws Exception {
        // given two sessions of one tenant, each with a deferred turn
        recordMixedTurn("t", "call_first");
        recordMixedTurn("t", "call_second");

        // when the first session continues
        byte[] answered = deferred.answer(chat("call_first").getBytes(StandardCharsets.UTF_8),
                OpenAiChatLoop.INSTANCE, retriever);

        // then
        assertThat(new String(answered, StandardCharsets.UTF_8)).contains("\"call_rcall_first\"");
    }

    @Test
    void aRequestMentioningNoPendingIdIsReturnedAsItIs() throws Exception {
        // given a pending id that only prefixes the one the request answers
        recordMixedTurn("t", "call_abc");
        byte[] body = chat("call_abcd").getBytes(StandardCharsets.UTF_8);

        // when
        byte[] answered = deferred.answer(body, OpenAiChatLoop.INSTANCE, retriever);

        // then
        assertThat(answered).isSameAs(body);
    }

    @Test
    void aTenantWithNothingDeferredIsLeftAlone() throws Exception {
        // given
        recordMixedTurn("other", "call_client1");
        byte[] body = chat("call_client1").getBytes(StandardCharsets.UTF_8);

        // when
        byte[] answered = deferred.answer(body, OpenAiChatLoop.INSTANCE, retriever);

        // then
        assertThat(answered).isSameAs(body);
    }

    @Test
    void theScanFindsWholeIdStringsOnlyAndDefersToTheParseForIdsItCannotJudge() {
        byte[] body = "{\"a\":\"é toolu_01X\",\"b\":\"toolu_01XY\",\"c\":[\"toolu_01Z\"]}".getBytes(StandardCharsets.UTF_8);

        assertThat(CallIdScan.mentionsAny(body, List.of("toolu_01X"))).isFalse();
        assertThat(CallIdScan.mentionsAny(body, List.of("toolu_01X", "toolu_01Z"))).isTrue();
        assertThat(CallIdScan.mentionsAny(body, List.of("call_1", "c2"))).isTrue(); // "c2" is too short to judge
        assertThat(CallIdScan.mentionsAny(body, List.of("id with \"quote\""))).isTrue();
        assertThat(CallIdScan.mentionsAny(body, List.of())).isFalse();
    }
}
