package ai.headroom.core.context;

import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.dialect.AnthropicMessages;
import ai.headroom.core.dialect.Dialect;
import ai.headroom.core.dialect.OpenAiResponses;
import ai.headroom.core.json.RawElements;
import ai.headroom.core.json.RawElements.Span;
import ai.headroom.core.tokens.TokenCounter;
import ai.headroom.core.tokens.TokenMemo;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Drops the least valuable messages of a request that is still over the model's context window after
 * compression, leaving one marker that points at the dropped messages in CCR.
 *
 * <p>Kept messages are cut out of the request's bytes and reused as they are, so everything the client
 * sent survives byte for byte except the dropped span (and, for Anthropic, the user turn that receives the
 * marker block). Tokens are estimated on each message's raw JSON text, which over-counts a little
 * (keys, escapes): the cut errs on the side of fitting. Stateless and thread-safe; deterministic.
 */
public final class IntelligentContext {

    /** The newest messages are what the agent works on; they are never dropped. */
    public static final int DEFAULT_PROTECT_LAST = 4;

    private final int protectLast;
    /** Once a conversation outgrows the window every later turn comes here; its old messages are counted once. */
    private final TokenMemo memo;

    public IntelligentContext() {
        this(DEFAULT_PROTECT_LAST, new TokenMemo(4_096));
    }

    /** @param memo token counts by content hash, shareable with the pipeline's */
    public IntelligentContext(int protectLast, TokenMemo memo) {
        if (protectLast < 0) {
            throw new IllegalArgumentException("protectLast must be >= 0, was " + protectLast);
        }
        this.protectLast = protectLast;
        this.memo = Objects.requireNonNull(memo, "memo");
    }

    /**
     * A cut that brings the request within {@code budgetTokens}; empty when it already fits or nothing may be
     * dropped. When dropping everything allowed is still not enough, that cut is returned with
     * {@link ContextCut#fits()} false: the caller decides whether to forward it (the counter over-estimates,
     * so it may well fit) or to fail.
     */
    public Optional<ContextCut> fit(byte[] body, JsonNode tree, Dialect dialect, TokenCounter counter,
            int budgetTokens) {
        String member = dialect instanceof OpenAiResponses ? "input" : "messages";
        JsonNode array = tree.path(member);
        RawElements.Found found = RawElements.of(body, Set.of(member));
        List<Span> spans = found.elements().get(member);
        if (!array.isArray() || spans == null || spans.size() != array.size() || array.size() < 2) {
            return Optional.empty();
        }
        int n = spans.size();
        String[] raw = new String[n];
        int[] tokens = new int[n];
        int restTokens = rest(body, found.values().get(member), counter);
        int before = restTokens;
        for (int i = 0; i < n; i++) {
            raw[i] = spans.get(i).text(body);
            tokens[i] = raw[i].length() < TokenMemo.MIN_CHARS
                    ? counter.count(raw[i]) : memo.count(counter, raw[i], CcrMarker.hashOf(raw[i]));
            before += tokens[i];
        }
        if (before <= budgetTokens) {
            return Optional.empty();
        }
        List<Item> items = new ArrayList<>(n);
        for (JsonNode node : array) {
            items.add(Item.of(node, dialect));
        }
        List<DropUnits.Unit> units = DropUnits.of(items, dialect, protectLast);
        double[] scores = UnitScores.of(units, array, items);
        List<Integer> order = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            if (units.get(u).droppable()) {
                order.add(u);
            }
        }
        if (order.isEmpty()) {
            return Optional.empty();
        }
        order.sort(Comparator.<Integer>comparingDouble(u -> scores[u]).thenComparingInt(u -> units.get(u).first()));

        int markerCost = counter.count(ContextMarker.element(dialect, CcrMarker.format(
                "999 messages dropped to fit the context window: 99 tool results, 99 assistant messages, "
                        + "99 user messages", "0".repeat(CcrMarker.HASH_LENGTH))));
        boolean[] dropped = new boolean[n];
        int estimate = before + markerCost;
        int next = 0;
        ContextCut cut = null;
        while (next < order.size() && (cut == null || !cut.fits())) {
            // Drop by the estimate first, then check with the exact marker; one more unit when short.
            do {
                for (int i : units.get(order.get(next)).members()) {
                    dropped[i] = true;
                    estimate -= tokens[i];
                }
                next++;
            } while (estimate > budgetTokens && next < order.size());
            cut = build(new Conversation(dialect, member, array, items, raw, tokens, restTokens), dropped, before,
                    budgetTokens, counter);
        }
        return Optional.ofNullable(cut);
    }

    /** The request's message array as this class sees it: nodes, roles, raw texts and their token counts. */
    private record Conversation(Dialect dialect, String member, JsonNode array, List<Item> items, String[] raw,
            int[] tokens, int restTokens) {}

    private static ContextCut build(Conversation c, boolean[] dropped, int before, int budget, TokenCounter counter) {
        Dialect dialect = c.dialect();
        List<Item> items = c.items();
        String[] raw = c.raw();
        int n = raw.length;
        StringJoiner droppedJson = new StringJoiner(",", "[", "]");
        List<Item> droppedItems = new ArrayList<>();
        int firstDropped = -1;
        for (int i = 0; i < n; i++) {
            if (dropped[i]) {
                droppedJson.add(raw[i]);
                droppedItems.add(items.get(i));
                firstDropped = firstDropped < 0 ? i : firstDropped;
            }
        }
        String dump = droppedJson.toString();
        String hash = CcrMarker.hashOf(dump);
        String marker = ContextMarker.text(droppedItems, hash);
        int host = -1;
        if (dialect instanceof AnthropicMessages) {
            host = firstDropped - 1;
            while (dropped[host] || !items.get(host).role().equals("user")) {
                host--;
            }
        }
        StringJoiner out = new StringJoiner(",", "[", "]");
        int after = c.restTokens();
        for (int i = 0; i < n; i++) {
            if (i == firstDropped && host < 0) {
                String element = ContextMarker.element(dialect, marker);
                out.add(element);
                after += counter.count(element);
            }
            if (dropped[i]) {
                continue;
            }
            if (i == host) {
                String merged = ContextMarker.mergedIntoUser(raw[i], c.array().get(i).path("content").isTextual(), marker);
                out.add(merged);
                after += counter.count(merged);
            } else {
                out.add(raw[i]);
                after += c.tokens()[i];
            }
        }
        return new ContextCut("/" + c.member(), out.toString(), dump, hash, droppedItems.size(), before, after,
                after <= budget);
    }

    /** Tokens of everything outside the array (system prompt, tools, settings). */
    private static int rest(byte[] body, Span arraySpan, TokenCounter counter) {
        String outside = new String(body, 0, arraySpan.start(), StandardCharsets.UTF_8)
                + new String(body, arraySpan.end(), body.length - arraySpan.end(), StandardCharsets.UTF_8);
        return counter.count(outside);
    }
}
