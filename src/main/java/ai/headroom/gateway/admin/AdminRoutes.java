package ai.headroom.gateway.admin;

import ai.headroom.core.CompressionRequest;
import ai.headroom.core.CompressionResult;
import ai.headroom.core.Headroom;
import ai.headroom.core.InvalidRequestException;
import ai.headroom.core.RequestConfig;
import ai.headroom.core.Settings;
import ai.headroom.gateway.ccr.JsonTrees;
import ai.headroom.gateway.config.GatewayConfig;
import ai.headroom.gateway.http.BodyCollector;
import ai.headroom.gateway.http.Callers;
import ai.headroom.gateway.http.Provider;
import ai.headroom.gateway.http.Replies;
import ai.headroom.gateway.stats.GatewayStats;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Headroom's own routes: {@code POST /v1/compress}, {@code GET /v1/retrieve/{hash}}, {@code POST /v1/retrieve}
 * and {@code GET /stats}. Retrieval answers only the tenant that stored the entry.
 */
@ApplicationScoped
public class AdminRoutes {

    private static final int MAX_ADMIN_BODY = 100 * 1024 * 1024;

    @Inject
    Headroom headroom;
    @Inject
    GatewayConfig config;
    @Inject
    GatewayStats stats;
    @Inject
    Vertx vertx;

    /**
     * Body {@code {messages, model, config?}} or a whole provider request, as {@code headroom compress} reads
     * it; answers what compression did. {@code config} overrides settings for this request only.
     */
    public void compress(RoutingContext ctx) {
        if (!admitted(ctx)) {
            return;
        }
        String tenant = Callers.tenant(ctx.request());
        BodyCollector.collect(ctx.request(), MAX_ADMIN_BODY).onComplete(read -> {
            if (read.failed()) {
                Replies.error(ctx.response(), Provider.OPENAI, 413, read.cause().getMessage());
                return;
            }
            byte[] body = read.result();
            vertx.executeBlocking(() -> compressReply(body, tenant), false).onComplete(ar -> {
                if (ar.failed()) {
                    String message = ar.cause() instanceof InvalidRequestException e ? e.getMessage()
                            : "compression failed: " + ar.cause();
                    Replies.error(ctx.response(), Provider.OPENAI, 400, message);
                } else {
                    json(ctx, 200, ar.result());
                }
            });
        });
    }

    private String compressReply(byte[] body, String tenant) {
        // The body's own "config" (RequestConfig) over the proxy's settings; a bad one is a 400 naming the key.
        Settings settings = RequestConfig.of(headroom.settings(), body);
        CompressionResult result = headroom.compress(new CompressionRequest(body, null, null, tenant), settings);
        stats.compressed(result);
        JsonNode compressed = JsonTrees.object(new String(result.body(), StandardCharsets.UTF_8));
        ObjectNode reply = JsonTrees.object("{}");
        reply.set("messages", compressed.has("messages") ? compressed.get("messages") : compressed.path("input"));
        reply.put("tokens_before", result.tokensBefore());
        reply.put("tokens_after", result.tokensAfter());
        reply.put("tokens_saved", result.tokensSaved());
        reply.put("compression_ratio", result.compressionRatio());
        reply.putPOJO("transforms_applied", result.transforms());
        reply.putPOJO("ccr_hashes", result.ccrHashes());
        return JsonTrees.write(reply);
    }

    public void retrieveByPath(RoutingContext ctx) {
        if (admitted(ctx)) {
            retrieve(ctx, ctx.pathParam("hash"));
        }
    }

    /** Body {@code {"hash": "…"}}. */
    public void retrieveByBody(RoutingContext ctx) {
        if (!admitted(ctx)) {
            return;
        }
        BodyCollector.collect(ctx.request(), 64 * 1024).onComplete(read -> {
            JsonNode hash = read.succeeded() ? JsonTrees.object(new String(read.result(), StandardCharsets.UTF_8)).path("hash") : null;
            if (hash == null || !hash.isTextual()) {
                Replies.error(ctx.response(), Provider.OPENAI, 400, "Expected a JSON body {\"hash\": \"...\"}.");
                return;
            }
            retrieve(ctx, hash.asText());
        });
    }

    private void retrieve(RoutingContext ctx, String hash) {
        String tenant = Callers.tenant(ctx.request());
        vertx.executeBlocking(() -> headroom.retrieve(tenant, hash), false).onComplete(ar -> {
            Optional<String> original = ar.succeeded() ? ar.result() : Optional.empty();
            if (original.isEmpty()) {
                // Same answer whether it expired or belongs to another tenant: existence is not disclosed.
                Replies.error(ctx.response(), Provider.OPENAI, 404, "No original stored under hash " + hash + ".");
                return;
            }
            ObjectNode reply = JsonTrees.object("{}");
            reply.put("hash", hash);
            reply.put("original_content", original.get());
            json(ctx, 200, JsonTrees.write(reply));
        });
    }

    public void stats(RoutingContext ctx) {
        if (admitted(ctx)) {
            json(ctx, 200, JsonTrees.write(stats.snapshot()));
        }
    }

    private boolean admitted(RoutingContext ctx) {
        if (Callers.admitted(ctx.request(), config.proxyToken())) {
            return true;
        }
        Replies.error(ctx.response(), Provider.OPENAI, 401, "Missing or wrong x-headroom-token (headroom proxy).");
        return false;
    }

    private static void json(RoutingContext ctx, int status, String body) {
        ctx.response().setStatusCode(status).putHeader("content-type", "application/json").end(body);
    }
}
