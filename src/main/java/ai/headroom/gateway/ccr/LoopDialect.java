package ai.headroom.gateway.ccr;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

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

    /** The {@code usage} object of a response (for cache statistics); every provider calls it {@code usage}. */
    default JsonNode usage(JsonNode response) {
        return response.path("usage");
    }

    /** A fresh splicer for one streamed request. */
    StreamSplicer splicer(int maxRounds);
}
