package ai.headroom.gateway.http;

import io.vertx.core.http.HttpServerResponse;

/** Writes the proxy's own answers (errors in the provider's shape). */
public final class Replies {

    private Replies() {}

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
