package ai.headroom.gateway.http;

import ai.headroom.gateway.config.GatewayConfig;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.vertx.core.http.HttpServerRequest;

/** The upstream families the proxy speaks, with each one's error body shape. */
public enum Provider {
    ANTHROPIC,
    OPENAI;

    /** Anthropic SDKs and Claude Code always send {@code anthropic-version}; OpenAI clients never do. */
    public static Provider of(HttpServerRequest request) {
        String path = request.path();
        if (path.startsWith("/v1/messages") || request.getHeader("anthropic-version") != null
                || request.getHeader("x-api-key") != null) {
            return ANTHROPIC;
        }
        return OPENAI;
    }

    public String baseUrl(GatewayConfig config) {
        return this == ANTHROPIC ? config.anthropicApiUrl() : config.openaiApiUrl();
    }

    /** An error body in this provider's shape, e.g. for 400, 413, 502, 504. */
    public String errorBody(int status, String message) {
        String quoted = "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(message)) + "\"";
        String type = errorType(status);
        return switch (this) {
            case ANTHROPIC -> "{\"type\":\"error\",\"error\":{\"type\":\"" + type + "\",\"message\":" + quoted + "}}";
            case OPENAI -> "{\"error\":{\"message\":" + quoted + ",\"type\":\"" + type
                    + "\",\"param\":null,\"code\":null}}";
        };
    }

    private String errorType(int status) {
        return switch (status) {
            case 400 -> "invalid_request_error";
            case 401 -> "authentication_error";
            case 404 -> "not_found_error";
            case 413 -> this == ANTHROPIC ? "request_too_large" : "invalid_request_error";
            case 504 -> this == ANTHROPIC ? "timeout_error" : "timeout";
            default -> this == ANTHROPIC ? "api_error" : "server_error";
        };
    }
}
