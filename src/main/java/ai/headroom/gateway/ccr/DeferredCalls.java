package ai.headroom.gateway.ccr;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

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
}
