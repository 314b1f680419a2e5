package ai.headroom.gateway.ccr;

import ai.headroom.core.json.JsonEdits;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Consumer;

/**
 * One provider's side of the retrieve loop: finding {@code headroom_retrieve} calls in a response,
 * writing the continuation, and hiding the calls from the client. Implementations are stateless.
 */
public interface LoopDialect {

    /** JSON pointer of the array a continuation appends to ({@code /messages} or {@code /input}). */
    String appendPointer();

    /** The retrieve calls that ended this response; empty when none, or when the model also called client tools. */
    List<ToolCall> retrieveCalls(JsonNode response);

    /** Raw JSON elements that continue the conversation: the model's turn, then the answers. */
    List<String> continuation(JsonNode response, List<ToolCall> calls, Retriever retriever);

    /** True when the response mentions the retrieve tool at all (so the client body must be rewritten). */
    boolean mentionsRetrieve(JsonNode response);

    /** What the client sees for a sequence of responses: their visible output joined, usage summed. */
    JsonNode merge(List<JsonNode> responses);

    /**
     * The retrieve calls of a response whose turn also calls client tools (they are answered on the client's
     * next request, see {@link DeferredRetrieves}); null when the response has no such mix.
     */
    DeferredCalls deferred(JsonNode response);

    /** The id and hash of one retrieve call as {@link DeferredCalls#retrieveCalls()} holds it. */
    ToolCall callOf(JsonNode retrieveCall);

    /**
     * Edits that answer deferred retrieve calls in a request carrying the client's results for that turn:
     * the calls are put back into the model's turn and their answers next to the client's results. Only
     * the request's last model turn is looked at; no edits when it has nothing deferred.
     */
    JsonEdits answerDeferred(JsonNode request, DeferredRetrieves.Lookup lookup, Retriever retriever);

    /** The {@code usage} object of a response (for cache statistics); every provider calls it {@code usage}. */
    default JsonNode usage(JsonNode response) {
        return response.path("usage");
    }

    /** A fresh splicer for one streamed request; {@code onDeferred} hears of a mixed final turn before its end is sent. */
    StreamSplicer splicer(int maxRounds, Consumer<DeferredCalls> onDeferred);
}
