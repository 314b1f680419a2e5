package ai.headroom.gateway.stream;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerResponse;
import java.util.function.Consumer;

/**
 * Copies an upstream body to the client chunk by chunk with back-pressure (the upstream is paused while
 * the client's write queue is full), letting a tap look at each chunk on the way.
 */
public final class Relay {

    private Relay() {}

    /**
     * @param beforeHead answers the client when the upstream body breaks before a byte of it was sent (the
     *                   status line is still ours to choose); after that the client's stream is cut
     */
    public static void pipe(HttpClientResponse from, HttpServerResponse to, Consumer<Buffer> tap, Runnable onEnd,
            Consumer<Throwable> beforeHead) {
        from.handler(chunk -> {
            tap.accept(chunk);
            to.write(chunk);
            if (to.writeQueueFull()) {
                from.pause();
                to.drainHandler(v -> from.resume());
            }
        });
        from.exceptionHandler(t -> {
            if (!to.headWritten() && !to.closed()) {
                beforeHead.accept(t);
            } else if (!to.ended()) {
                // Mid-body upstream failure: the status is already sent, so the only honest signal is a cut stream.
                to.reset();
            }
        });
        from.endHandler(v -> {
            onEnd.run();
            if (!to.ended() && !to.closed()) {
                to.end();
            }
        });
        from.resume();
    }
}
