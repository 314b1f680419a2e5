package ai.headroom.gateway.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * One client request on its way upstream: where it goes, with which headers, for which tenant.
 *
 * @param holder the in-flight upstream request, cancelled when the client goes away
 */
public record Exchange(RoutingContext ctx, Provider provider, String tenant, HttpMethod method, String uri,
        MultiMap upstreamHeaders, Upstream.RequestHolder holder) {

    public static Exchange of(RoutingContext ctx, Provider provider, String tenant) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        Headers.copyExceptConnectionListed(ctx.request().headers(), headers);
        Upstream.RequestHolder holder = new Upstream.RequestHolder();
        // Client gone (disconnect mid-stream, or reset): stop the upstream call too.
        ctx.response().closeHandler(v -> holder.cancel());
        ctx.response().exceptionHandler(t -> holder.cancel());
        return new Exchange(ctx, provider, tenant, ctx.request().method(), ctx.request().uri(), headers, holder);
    }
}
