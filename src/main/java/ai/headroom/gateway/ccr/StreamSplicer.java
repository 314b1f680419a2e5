package ai.headroom.gateway.ccr;

import ai.headroom.gateway.http.Provider;
import ai.headroom.gateway.stream.SseEvent;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns the event streams of one or more upstream rounds into the single stream the client sees,
 * holding back {@code headroom_retrieve} calls. Not thread-safe: one per client stream.
 */
public interface StreamSplicer {

    /** Feeds one upstream event; {@code out} receives the exact text to send to the client. */
    void accept(SseEvent event, Consumer<String> out);

    /** After an upstream stream ended: the retrieve calls to answer before continuing, or empty when done. */
    List<ToolCall> pendingCalls();

    /** The elements to append to the request to continue after the round that just ended. */
    List<String> continuation(Retriever retriever);

    /** Starts the next round. */
    void nextRound();

    /**
     * The event that tells the client a continuation failed with {@code status} and the provider's error
     * {@code body}, in this stream's own error shape (the status line went out with the first round).
     */
    String errorEvent(int status, String body);

    /** What a failed continuation says when upstream gave no error of its own. */
    static String continuationFailed(int status) {
        return "Upstream error " + status + " while continuing after headroom_retrieve.";
    }

    /** The provider's error body as it came when it holds an {@code error} object, else one in its shape. */
    static String errorJson(Provider provider, int status, String body) {
        return JsonTrees.object(body).path("error").isObject() ? body.strip()
                : provider.errorBody(status, continuationFailed(status));
    }
}
