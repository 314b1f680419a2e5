package ai.headroom.gateway.http;

import ai.headroom.core.dialect.AnthropicMessages;
import ai.headroom.core.dialect.OpenAiChat;
import ai.headroom.core.dialect.OpenAiResponses;
import ai.headroom.gateway.admin.AdminRoutes;
import ai.headroom.gateway.ccr.AnthropicLoop;
import ai.headroom.gateway.ccr.OpenAiChatLoop;
import ai.headroom.gateway.ccr.OpenAiResponsesLoop;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** The proxy's whole route table in one place; anything not listed is passed through. */
@ApplicationScoped
public class ProxyRoutes {

    /** After Quarkus' own routes (/health, /metrics) so the catch-all never shadows them. */
    private static final int CATCH_ALL_ORDER = Integer.MAX_VALUE - 1000;

    @Inject
    ProviderRoute providers;
    @Inject
    Passthrough passthrough;
    @Inject
    AdminRoutes admin;

    void init(@Observes Router router) {
        router.post("/v1/messages").handler(ctx ->
                providers.handle(ctx, "anthropic_messages", AnthropicMessages.INSTANCE, AnthropicLoop.INSTANCE));
        router.post("/v1/chat/completions").handler(ctx ->
                providers.handle(ctx, "openai_chat", OpenAiChat.INSTANCE, OpenAiChatLoop.INSTANCE));
        router.post("/v1/responses").handler(ctx ->
                providers.handle(ctx, "openai_responses", OpenAiResponses.INSTANCE, OpenAiResponsesLoop.INSTANCE));
        router.post("/v1/compress").handler(admin::compress);
        router.get("/v1/retrieve/:hash").handler(admin::retrieveByPath);
        router.post("/v1/retrieve").handler(admin::retrieveByBody);
        router.get("/stats").handler(admin::stats);
        router.route().order(CATCH_ALL_ORDER).handler(passthrough::handle);
    }
}
