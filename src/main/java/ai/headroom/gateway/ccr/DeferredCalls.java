package ai.headroom.gateway.ccr;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The {@code headroom_retrieve} calls of a turn in which the model also called the client's own tools.
 * The proxy cannot continue such a turn upstream (only the client can answer its tools), so the client
 * gets its calls untouched, and these retrieve calls are answered on the client's next request, next to
 * the client's results (see {@link DeferredRetrieves}).
 *
 * @param clientCallIds the ids of the client's calls in that turn, as the client saw them
 * @param retrieveCalls the hidden retrieve calls, each as the dialect writes it in a request
 *                      (Chat {@code tool_calls} element, Anthropic {@code tool_use} block, Responses
 *                      {@code function_call} item)
 */
public record DeferredCalls(List<String> clientCallIds, List<JsonNode> retrieveCalls) {

    public DeferredCalls {
        clientCallIds = List.copyOf(clientCallIds);
        retrieveCalls = List.copyOf(retrieveCalls);
    }

    /**
     * The retrieve calls among a turn's {@code items} when calls of the client's own tools are there too, else
     * null; {@code clientCallId} gives a client call's id, or null for an item that is not a call.
     */
    static DeferredCalls among(JsonNode items, Predicate<JsonNode> isRetrieve, Function<JsonNode, String> clientCallId) {
        List<String> clientIds = new ArrayList<>();
        List<JsonNode> retrieves = new ArrayList<>();
        for (JsonNode item : items) {
            if (isRetrieve.test(item)) {
                retrieves.add(item);
            } else if (clientCallId.apply(item) != null) {
                clientIds.add(clientCallId.apply(item));
            }
        }
        return clientIds.isEmpty() || retrieves.isEmpty() ? null : new DeferredCalls(clientIds, retrieves);
    }
}
