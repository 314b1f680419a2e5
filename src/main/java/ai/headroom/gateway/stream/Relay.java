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

    public static void pipe(HttpClientResponse from, HttpServerResponse to, Consumer<Buffer> tap, Runnable onEnd) {
        from.handler(chunk -> {
            tap.accept(chunk);
            to.write(chunk);
            if (to.writeQueueFull()) {
                from.pause();
                to.drainHandler(v -> from.resume());
            }
        });
        from.exceptionHandler(t -> {
            // Mid-body upstream failure: the status is already sent, so the only honest signal is a cut stream.
            if (!to.ended()) {
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
