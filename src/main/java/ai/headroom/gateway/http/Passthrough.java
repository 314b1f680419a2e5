package ai.headroom.gateway.http;

import ai.headroom.gateway.config.GatewayConfig;
import ai.headroom.gateway.stats.GatewayStats;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Every other path ({@code /v1/models}, count_tokens, embeddings, batches, files…): request and response
 * streamed through untouched, never buffered.
 */
@ApplicationScoped
public class Passthrough {

    @Inject
    GatewayConfig config;
    @Inject
    Upstream upstream;
    @Inject
    GatewayStats stats;

    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        stats.request("passthrough");
        Provider provider = Provider.of(request);
        if (!Callers.admitted(request, config.proxyToken())) {
            Replies.error(ctx.response(), provider, 401, "Missing or wrong x-headroom-token (headroom proxy).");
            return;
        }
        request.pause();
        Exchange exchange = Exchange.of(ctx, provider, Callers.tenant(request));
        String length = request.getHeader("content-length");
        if (length != null) {
            exchange.upstreamHeaders().set("content-length", length);
        }
        upstream.open(provider, exchange.method(), exchange.uri(), exchange.upstreamHeaders())
                .compose(up -> {
                    exchange.holder().set(up);
                    if (length == null && !request.headers().contains("transfer-encoding")) {
                        request.resume();
                        return Upstream.paused(up.send());
                    }
                    up.setChunked(length == null);
                    return Upstream.paused(up.send(request));
                })
                .onComplete(ar -> {
                    if (ar.failed()) {
                        int status = Upstream.statusFor(ar.cause());
                        Replies.error(ctx.response(), provider, status, Upstream.messageFor(ar.cause(), status));
                    } else {
                        ProviderRoute.relayAsIs(ar.result(), ctx.response(), provider, () -> { }, stats);
                    }
                });
    }
}
