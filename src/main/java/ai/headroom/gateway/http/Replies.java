package ai.headroom.gateway.http;

import io.vertx.core.http.HttpServerResponse;

/** Writes the proxy's own answers (errors in the provider's shape). */
public final class Replies {

    private Replies() {}

    /**
     * The upstream response broke before anything of it reached the client: the headers copied from it
     * are dropped and the client gets a 502 (504 for a timeout) in the provider's error shape.
     */
    public static void upstreamBroke(HttpServerResponse response, Provider provider, Throwable failure) {
        if (!response.headWritten()) {
            response.headers().clear();
            response.setChunked(false);
        }
        int status = Upstream.statusFor(failure);
        error(response, provider, status, status == 504 ? Upstream.messageFor(failure, status)
                : "Upstream response broke off (headroom proxy): " + failure.getClass().getSimpleName()
                        + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
    }

    public static void error(HttpServerResponse response, Provider provider, int status, String message) {
        if (response.headWritten() || response.ended() || response.closed()) {
            response.reset();
            return;
        }
        response.setStatusCode(status)
                .putHeader("content-type", "application/json")
                .end(provider.errorBody(status, message));
    }
}
