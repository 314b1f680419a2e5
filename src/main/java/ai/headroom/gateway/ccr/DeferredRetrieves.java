package ai.headroom.gateway.ccr;

import ai.headroom.core.ccr.CcrStore;
import ai.headroom.core.json.Json;
import ai.headroom.core.json.JsonEdits;
import ai.headroom.core.json.JsonSplicer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Retrieve calls the model made in a turn that also called the client's tools.
 *
 * <p>Such a turn cannot be continued by the proxy: the client has to run its tools first, and a provider
 * refuses a continuation that leaves any call of the turn unanswered. Faking the client's results would
 * put words in the client's mouth; dropping the retrieve call would leave the model without what it asked
 * for (and, on the Responses API with {@code previous_response_id}, make the next request fail: upstream
 * holds a call without output). So the client gets exactly its own calls, and when its next request
 * brings their results, the proxy puts the retrieve calls back into that model turn and adds their
 * answers from the store next to the client's results. The model reads every result of its turn, as if
 * all its calls had been answered together; the client's history is untouched.
 *
 * <p>Kept in the CCR store (per tenant, for the CCR time-to-live) under each client call id, plus one
 * per-tenant entry listing the pending client call ids: a request of a tenant with nothing deferred is not
 * parsed again, nor one that mentions none of those ids (a byte scan). Best effort, like every decision the
 * store keeps: when the entry is gone, the request goes upstream as the client sent it.
 */
public final class DeferredRetrieves {

    private static final String PENDING = "deferred-retrieve";
    private static final String CALLS = "deferred-retrieve:";
    /** Ids kept in a tenant's pending list: a mixed turn is rare, and an id is only useful while its turn is last. */
    private static final int PENDING_IDS = 64;
    private static final int TENANTS = 1_024;

    private final CcrStore store;
    /**
     * The ids this process recorded lately, per tenant: the list written to the store carries them all, as
     * record must not read the store (it runs on the event loop). Another replica's list is overwritten.
     */
    private final Map<String, Deque<String>> recent = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<String>> eldest) {
            return size() > TENANTS;
        }
    };

    public DeferredRetrieves(CcrStore store) {
        this.store = store;
    }

    /** The deferred retrieve calls recorded under one client call id. */
    @FunctionalInterface
    public interface Lookup {
        List<JsonNode> find(String clientCallId);
    }

    /** Records a mixed turn's retrieve calls under each of the client's call ids. Does not block. */
    public void record(String tenant, DeferredCalls deferred) {
        ArrayNode calls = JsonNodeFactory.instance.arrayNode();
        deferred.retrieveCalls().forEach(calls::add);
        String value = JsonTrees.write(calls);
        for (String id : deferred.clientCallIds()) {
            store.remember(tenant, CALLS + id, value);
        }
        store.remember(tenant, PENDING, pendingIds(tenant, deferred.clientCallIds()));
    }

    /** The tenant's pending ids with {@code added} last, one per line. */
    private String pendingIds(String tenant, List<String> added) {
        synchronized (recent) {
            Deque<String> ids = recent.computeIfAbsent(tenant, t -> new ArrayDeque<>());
            for (String id : added) {
                ids.remove(id);
                ids.addLast(id);
                if (ids.size() > PENDING_IDS) {
                    ids.removeFirst();
                }
            }
            return String.join("\n", ids);
        }
    }

    /**
     * The request with the answers of deferred retrieve calls spliced in (every other byte as it was), or
     * {@code body} itself when it continues no deferred turn. Reads the store: call it off the event loop.
     */
    public byte[] answer(byte[] body, LoopDialect loop, Retriever retriever) {
        String tenant = retriever.tenant();
        Optional<String> pending = store.decision(tenant, PENDING);
        // Only a request that mentions a pending call id can continue its turn (it answers that call).
        if (pending.isEmpty() || !CallIdScan.mentionsAny(body, List.of(pending.get().split("\n")))) {
            return body;
        }
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(body);
        } catch (IOException e) {
            return body;
        }
        JsonEdits edits = loop.answerDeferred(tree, id -> lookup(tenant, id), retriever);
        return JsonSplicer.apply(body, edits);
    }

    private List<JsonNode> lookup(String tenant, String clientCallId) {
        if (clientCallId == null || clientCallId.isEmpty()) {
            return List.of();
        }
        List<JsonNode> calls = new ArrayList<>();
        store.decision(tenant, CALLS + clientCallId).ifPresent(text -> {
            try {
                Json.mapper().readTree(text).forEach(calls::add);
            } catch (IOException e) {
                // A damaged entry answers nothing.
            }
        });
        return calls;
    }

    /** Raw elements joined by commas, as {@link JsonEdits} inserts several at once. */
    static String joined(List<? extends JsonNode> elements) {
        List<String> raw = new ArrayList<>();
        elements.forEach(e -> raw.add(JsonTrees.write(e)));
        return String.join(",", raw);
    }
}
