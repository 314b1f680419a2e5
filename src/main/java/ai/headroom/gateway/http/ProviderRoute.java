package ai.headroom.gateway.http;

import ai.headroom.core.CompressionResult;
import ai.headroom.core.Headroom;
import ai.headroom.core.dialect.Dialect;
import ai.headroom.core.dialect.RetrieveTool;
import ai.headroom.gateway.ccr.DeferredRetrieves;
import ai.headroom.gateway.ccr.LoopDialect;
import ai.headroom.gateway.ccr.RetrieveRelay;
import ai.headroom.gateway.ccr.Retriever;
import ai.headroom.gateway.compress.CompressionStage;
import ai.headroom.gateway.compress.Outcome;
import ai.headroom.gateway.config.GatewayConfig;
import ai.headroom.gateway.stats.GatewayStats;
import ai.headroom.gateway.stream.Relay;
import ai.headroom.gateway.stream.UsageTap;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;

/**
 * The compressing routes ({@code /v1/messages}, {@code /v1/chat/completions}, {@code /v1/responses}), in
 * order: admit → read body (capped) → compress (fail open) → forward → relay, answering retrieve calls.
 */
@ApplicationScoped
public class ProviderRoute {

    private static final byte[] RETRIEVE_NAME = ("\"" + RetrieveTool.NAME + "\"").getBytes(StandardCharsets.UTF_8);

    @Inject
    GatewayConfig config;
    @Inject
    CompressionStage stage;
    @Inject
    Upstream upstream;
    @Inject
    GatewayStats stats;
    @Inject
    Headroom headroom;

    private volatile DeferredRetrieves deferredRetrieves;

    public void handle(RoutingContext ctx, String route, Dialect dialect, LoopDialect loop) {
        stats.request(route);
        Provider provider = Provider.of(ctx.request());
        if (!Callers.admitted(ctx.request(), config.proxyToken())) {
            Replies.error(ctx.response(), provider, 401, "Missing or wrong x-headroom-token (headroom proxy).");
            return;
        }
        String tenant = Callers.tenant(ctx.request());
        boolean bypass = "true".equalsIgnoreCase(ctx.request().getHeader(Headers.BYPASS));
        BodyCollector.collect(ctx.request(), config.maxBodyBytes()).onComplete(read -> {
            if (read.failed()) {
                boolean tooLarge = read.cause() instanceof BodyCollector.TooLarge;
                if (tooLarge) {
                    ctx.response().putHeader("connection", "close");
                }
                Replies.error(ctx.response(), provider, tooLarge ? 413 : 400, read.cause().getMessage());
                return;
            }
            byte[] body = read.result();
            Future<Outcome> outcome = bypass
                    ? Future.succeededFuture(Outcome.original(body, "bypass"))
                    : stage.compress(body, dialect, tenant, o -> answerDeferred(o, loop, tenant), this::count);
            outcome.onSuccess(o -> {
                if (o.invalid() != null) {
                    Replies.error(ctx.response(), provider, 400, o.invalid());
                    return;
                }
                Exchange exchange = Exchange.of(ctx, provider, tenant);
                // The proxy reads these responses (retrieve calls, usage): ask for them uncompressed.
                exchange.upstreamHeaders().set("accept-encoding", "identity");
                forward(exchange, o, loop);
            });
        });
    }

    /**
     * Counting tokens costs more than compressing: the compression worker does it once it has handed the
     * outcome back, while the event loop sends the request (never before that, never on the event loop).
     */
    private void count(Outcome o) {
        if (o.invalid() == null && o.result() != null) {
            stats.compressed(o.result());
        }
    }

    private void forward(Exchange exchange, Outcome outcome, LoopDialect loop) {
        HttpServerResponse down = exchange.ctx().response();
        Runnable addHeaders = () -> tokenHeaders(down, outcome.result());
        upstream.send(exchange.provider(), exchange.method(), exchange.uri(), exchange.upstreamHeaders(),
                outcome.body(), exchange.holder()).onComplete(ar -> {
            if (ar.failed()) {
                int status = Upstream.statusFor(ar.cause());
                Replies.error(down, exchange.provider(), status, Upstream.messageFor(ar.cause(), status));
                return;
            }
            HttpClientResponse up = ar.result();
            if (up.statusCode() == 200 && outcome.failure() == null && offersRetrieve(outcome)) {
                new RetrieveRelay(exchange, loop, upstream, stats, new Retriever(headroom, exchange.tenant()),
                        deferred(), config.maxRetrieveRounds(), addHeaders).relay(up, outcome.body());
                return;
            }
            relayAsIs(up, down, exchange.provider(), addHeaders, stats);
        });
    }

    /**
     * A request that brings the client's results for a turn whose retrieve calls were deferred gets their
     * answers spliced in (see {@link DeferredRetrieves}). Only requests offering the retrieve tool can
     * continue such a turn. Runs on the compression worker (the store may block); fails open: the request as it was.
     */
    private Outcome answerDeferred(Outcome o, LoopDialect loop, String tenant) {
        if (o.invalid() != null || !offersRetrieve(o)) {
            return o;
        }
        byte[] answered = deferred().answer(o.body(), loop, new Retriever(headroom, tenant));
        return answered == o.body() ? o : new Outcome(answered, o.result(), o.failure(), null);
    }

    /**
     * Whether the body forwarded offers the retrieve tool. The pipeline knows it; only a body it did not
     * finish (compression failed and the original goes) is searched for the tool's name.
     */
    private static boolean offersRetrieve(Outcome o) {
        return o.result() != null ? o.result().retrieveToolOffered() : contains(o.body(), RETRIEVE_NAME);
    }

    /** One instance: it keeps the ids this process recorded (see {@link DeferredRetrieves}). */
    private DeferredRetrieves deferred() {
        DeferredRetrieves d = deferredRetrieves;
        if (d == null) {
            synchronized (this) {
                d = deferredRetrieves;
                if (d == null) {
                    d = new DeferredRetrieves(headroom.store());
                    deferredRetrieves = d;
                }
            }
        }
        return d;
    }

    /** Status, headers and body exactly as upstream sent them (hop-by-hop headers aside). */
    static void relayAsIs(HttpClientResponse up, HttpServerResponse down, Provider provider, Runnable addHeaders,
            GatewayStats stats) {
        down.setStatusCode(up.statusCode());
        down.setStatusMessage(up.statusMessage());
        Headers.copyExceptConnectionListed(up.headers(), down.headers());
        addHeaders.run();
        String length = up.getHeader("content-length");
        if (length != null) {
            down.putHeader("content-length", length);
        } else {
            down.setChunked(true);
        }
        UsageTap tap = new UsageTap(stats, up.getHeader("content-type"));
        Relay.pipe(up, down, tap, tap::end, t -> Replies.upstreamBroke(down, provider, t));
    }

    /**
     * The token headers, when the count (started as the request went upstream) is done by the time the
     * response starts: always with a real model, which takes far longer to answer than we take to count.
     * Never waited for: a response is not held back for a header.
     */
    private static void tokenHeaders(HttpServerResponse down, CompressionResult result) {
        if (result != null && result.figuresReady() && !down.headWritten()) {
            down.putHeader(Headers.TOKENS_BEFORE, Integer.toString(result.tokensBefore()));
            down.putHeader(Headers.TOKENS_AFTER, Integer.toString(result.tokensAfter()));
            down.putHeader(Headers.TOKENS_SAVED, Integer.toString(result.tokensSaved()));
        }
    }

    /**
     * Whether {@code needle} occurs in {@code haystack}. Both are read as ISO-8859-1 (one char a byte), so
     * the JDK's vectorised {@link String#indexOf(String)} does the search: a plain double loop over a 100 KB
     * body cost more than the rest of the passthrough path.
     */
    static boolean contains(byte[] haystack, byte[] needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1)
                .contains(new String(needle, StandardCharsets.ISO_8859_1));
    }
}
