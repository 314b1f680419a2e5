package ai.headroom.core.context;

import static ai.headroom.core.context.Conversations.QUARTER;
import static ai.headroom.core.context.Conversations.bytes;
import static ai.headroom.core.context.Conversations.output;
import static ai.headroom.core.context.Conversations.tree;
import static org.assertj.core.api.Assertions.assertThat;

import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.dialect.AnthropicMessages;
import ai.headroom.core.dialect.Dialect;
import ai.headroom.core.dialect.OpenAiChat;
import ai.headroom.core.dialect.OpenAiResponses;
import ai.headroom.core.json.JsonEdits;
import ai.headroom.core.json.JsonSplicer;
import ai.headroom.core.json.RawElements;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IntelligentContextTest {

    private final IntelligentContext context = new IntelligentContext();

    private static List<String> outputs(int count) {
        return IntStream.range(0, count).mapToObj(i -> output("job-" + i, 40)).toList();
    }

    private static ContextCut cut(String body, Dialect dialect, int budget) {
        return new IntelligentContext().fit(bytes(body), tree(body), dialect, QUARTER, budget).orElseThrow();
    }

    private static String applied(String body, ContextCut cut) {
        byte[] out = JsonSplicer.apply(bytes(body), new JsonEdits().replaceRaw(cut.pointer(), cut.rawArray()));
        return new String(out, StandardCharsets.UTF_8);
    }

    private static List<String> rawElements(String body, String member) {
        byte[] b = bytes(body);
        return RawElements.of(b, Set.of(member)).elements().get(member).stream().map(s -> s.text(b)).toList();
    }

    private static int total(String body) {
        return QUARTER.count(body);
    }

    @Test
    void aRequestWithinTheBudgetIsLeftAlone() {
        String body = Conversations.anthropic(outputs(3), "Thanks.", false);

        assertThat(context.fit(bytes(body), tree(body), AnthropicMessages.INSTANCE, QUARTER, total(body) + 10))
                .isEmpty();
    }

    @Test
    void anthropicCutFitsKeepsAlternationAndNeverSplitsAToolCallFromItsResult() {
        String body = Conversations.anthropic(outputs(10), "Thanks.", false);
        int budget = total(body) / 2;

        ContextCut cut = cut(body, AnthropicMessages.INSTANCE, budget);
        JsonNode messages = tree(applied(body, cut)).get("messages");

        assertThat(cut.fits()).isTrue();
        assertThat(cut.tokensAfter()).isLessThanOrEqualTo(budget).isLessThan(cut.tokensBefore());
        for (int i = 0; i < messages.size(); i++) {
            assertThat(messages.get(i).get("role").asText()).isEqualTo(i % 2 == 0 ? "user" : "assistant");
            Set<String> results = ids(messages.get(i), "tool_result", "tool_use_id");
            Set<String> previousCalls = i == 0 ? Set.of() : ids(messages.get(i - 1), "tool_use", "id");
            assertThat(previousCalls).isEqualTo(results);
        }
    }

    @Test
    void theFirstUserMessageAndTheLastFourMessagesSurviveByteForByte() {
        String body = Conversations.anthropic(outputs(10), "Thanks.", true);
        List<String> before = rawElements(body, "messages");

        ContextCut cut = cut(body, AnthropicMessages.INSTANCE, total(body) / 3);
        List<String> after = rawElements(applied(body, cut), "messages");

        assertThat(after.subList(after.size() - 4, after.size())).isEqualTo(before.subList(before.size() - 4, before.size()));
        assertThat(tree(after.get(0)).get("content").get(0).get("text").asText()).isEqualTo("Why does the build fail?");
        assertThat(before).containsAll(after.subList(1, after.size()));
        assertThat(before.size() - after.size()).isEqualTo(cut.droppedCount());
    }

    @Test
    void theAnthropicMarkerIsOneTextBlockAppendedToTheUserTurnBeforeTheDroppedSpan() {
        String body = Conversations.anthropic(outputs(10), "Thanks.", true);

        ContextCut cut = cut(body, AnthropicMessages.INSTANCE, total(body) / 2);
        String out = applied(body, cut);

        assertThat(out.split("dropped to fit the context window", -1)).hasSize(2);
        JsonNode host = tree(out).get("messages").get(0);
        assertThat(host.get("content").get(0).get("text").asText()).isEqualTo("Why does the build fail?");
        String marker = host.get("content").get(1).get("text").asText();
        assertThat(marker).startsWith("[" + cut.droppedCount() + " messages dropped to fit the context window: "
                + cut.droppedCount() / 2 + " tool results, " + cut.droppedCount() / 2 + " assistant messages");
        assertThat(CcrMarker.hashesIn(marker)).containsExactly(cut.hash());
    }

    @Test
    void theDroppedMessagesAreStoredAsTheClientSentThem() {
        String body = Conversations.anthropic(outputs(10), "Thanks.", false);
        List<String> before = rawElements(body, "messages");

        ContextCut cut = cut(body, AnthropicMessages.INSTANCE, total(body) / 2);
        JsonNode dropped = tree(cut.droppedJson());

        assertThat(cut.hash()).isEqualTo(CcrMarker.hashOf(cut.droppedJson()));
        assertThat(dropped.size()).isEqualTo(cut.droppedCount());
        List<String> droppedRaw = rawElements("{\"d\":" + cut.droppedJson() + "}", "d");
        assertThat(before).containsAll(droppedRaw);
    }

    @Test
    void outputTheLastTurnsCiteIsKeptWhileOlderUnreferencedOutputGoesFirst() {
        List<String> outputs = new ArrayList<>(outputs(8));
        outputs.set(1, outputs.get(1) + "see src/main/java/Billing.java BillingService invoiceTotal42 "
                + "com.acme.billing.Ledger ledgerEntry77 rate-limit-policy\n");
        String followUp = "Open src/main/java/Billing.java: is BillingService or invoiceTotal42 or "
                + "com.acme.billing.Ledger or ledgerEntry77 or rate-limit-policy wrong?";
        String body = Conversations.anthropic(outputs, followUp, false);
        int oneExchange = QUARTER.count(outputs.get(6)) + 60;

        ContextCut cut = cut(body, AnthropicMessages.INSTANCE, total(body) - 3 * oneExchange);

        assertThat(cut.droppedJson()).doesNotContain("BillingService").contains("job-0", "job-2", "job-3");
        assertThat(applied(body, cut)).contains("BillingService");
    }

    @Test
    void errorsAreKeptOverPlainOutputOfTheSameAge() {
        List<String> outputs = new ArrayList<>(outputs(8));
        outputs.set(1, outputs.get(1) + "FATAL: connection refused; build failed with exception\n");
        String body = Conversations.anthropic(outputs, "Thanks.", false);

        ContextCut cut = cut(body, AnthropicMessages.INSTANCE, total(body) - 2 * (QUARTER.count(outputs.get(0)) + 60));

        assertThat(cut.droppedJson()).contains("job-0").contains("job-2").doesNotContain("FATAL");
    }

    @Test
    void chatCutKeepsParallelToolCallsWithAllTheirResultsAndInsertsOneMarkerMessage() {
        String body = Conversations.chat(outputs(8), "Thanks.");
        List<String> before = rawElements(body, "messages");

        ContextCut cut = cut(body, OpenAiChat.INSTANCE, total(body) / 2);
        String out = applied(body, cut);
        JsonNode messages = tree(out).get("messages");

        assertThat(cut.fits()).isTrue();
        assertThat(messages.get(0).get("role").asText()).isEqualTo("system");
        assertThat(messages.get(2).get("role").asText()).isEqualTo("user");
        assertThat(messages.get(2).get("content").asText()).contains("Retrieve more: hash=" + cut.hash());
        Set<String> open = new HashSet<>();
        for (JsonNode m : messages) {
            m.path("tool_calls").forEach(c -> open.add(c.get("id").asText()));
            if (m.has("tool_call_id")) {
                assertThat(open.remove(m.get("tool_call_id").asText())).as("result has its call").isTrue();
            }
        }
        assertThat(open).as("every call has its result").isEmpty();
        List<String> after = rawElements(out, "messages");
        assertThat(before).containsAll(after.stream().filter(e -> !e.contains("dropped to fit")).toList());
    }

    @Test
    void responsesCutDropsReasoningWithItsCallAndOutput() {
        String body = Conversations.responses(outputs(8), "Thanks.");

        ContextCut cut = cut(body, OpenAiResponses.INSTANCE, total(body) / 2);
        JsonNode input = tree(applied(body, cut)).get("input");

        assertThat(cut.pointer()).isEqualTo("/input");
        assertThat(cut.droppedCount() % 3).isZero();
        assertThat(input.get(2).get("content").get(0).get("type").asText()).isEqualTo("input_text");
        assertThat(input.get(2).get("content").get(0).get("text").asText()).contains("dropped to fit");
        Set<String> calls = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            JsonNode item = input.get(i);
            switch (item.path("type").asText()) {
                case "reasoning" -> assertThat(input.get(i + 1).get("type").asText()).isEqualTo("function_call");
                case "function_call" -> calls.add(item.get("call_id").asText());
                case "function_call_output" -> assertThat(calls).contains(item.get("call_id").asText());
                default -> { }
            }
        }
    }

    @Test
    void aRequestThatCannotFitGetsTheBestCutAndSaysSo() {
        String body = Conversations.anthropic(outputs(6), "Thanks.", false);
        List<String> before = rawElements(body, "messages");

        ContextCut cut = cut(body, AnthropicMessages.INSTANCE, 10);
        List<String> after = rawElements(applied(body, cut), "messages");

        assertThat(cut.fits()).isFalse();
        assertThat(after).hasSize(5);
        assertThat(after.subList(1, 5)).isEqualTo(before.subList(before.size() - 4, before.size()));
    }

    @Test
    void onlyProtectedMessagesLeftMeansNoCut() {
        String body = Conversations.anthropic(outputs(1), "Thanks.", false);

        assertThat(context.fit(bytes(body), tree(body), AnthropicMessages.INSTANCE, QUARTER, 10)).isEmpty();
    }

    @Test
    void theSameRequestGivesTheSameCut() {
        String body = Conversations.chat(outputs(9), "Thanks.");

        assertThat(cut(body, OpenAiChat.INSTANCE, total(body) / 2)).isEqualTo(cut(body, OpenAiChat.INSTANCE, total(body) / 2));
    }

    @Test
    void everythingOutsideTheArraySurvivesByteForByte() {
        String body = Conversations.anthropic(outputs(6), "Thanks.", false);

        String out = applied(body, cut(body, AnthropicMessages.INSTANCE, total(body) / 2));

        String head = body.substring(0, body.indexOf("\"messages\":") + 11);
        assertThat(out).startsWith(head).endsWith("]}");
    }

    private static Set<String> ids(JsonNode message, String type, String field) {
        Set<String> ids = new HashSet<>();
        for (JsonNode block : message.path("content")) {
            if (type.equals(block.path("type").asText())) {
                ids.add(block.get(field).asText());
            }
        }
        return ids;
    }

    @Test
    void claudeCodesSystemEntryInsideMessagesIsNeverDropped() {
        String body = Conversations.anthropic(outputs(8), "Thanks.", false);
        String withSystem = body.replaceFirst(",\n  \\{\"role\":\"assistant\",\"content\":\\[\\{\"type\":\"text\",\"text\":\"Step 2\"",
                ",\n  {\"role\":\"system\",\"content\":\"Hook output: lint passed\"},\n  "
                        + "{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"Step 2\"");

        ContextCut cut = cut(withSystem, AnthropicMessages.INSTANCE, total(withSystem) / 3);
        JsonNode messages = tree(applied(withSystem, cut)).get("messages");

        assertThat(withSystem).contains("Hook output");
        assertThat(cut.droppedJson()).contains("Step 2").doesNotContain("Hook output");
        String previous = "";
        for (JsonNode m : messages) {
            String role = m.get("role").asText();
            if (!role.equals("system")) {
                assertThat(role).isNotEqualTo(previous);
                previous = role;
            }
        }
    }

    @Test
    void elementsOfUnknownShapeAreKeptAsTheyAre() {
        String body = Conversations.chat(outputs(6), "Thanks.").replace("\"messages\":[", "\"messages\":[42,{\"x\":1},");

        ContextCut cut = cut(body, OpenAiChat.INSTANCE, total(body) / 2);
        List<String> after = rawElements(applied(body, cut), "messages");

        assertThat(after.subList(0, 2)).containsExactly("42", "{\"x\":1}");
        assertThat(cut.fits()).isTrue();
    }
}
