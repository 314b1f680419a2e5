package ai.headroom.gateway.http;

import io.vertx.core.http.HttpServerRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Who is calling: the tenant (a hash of the caller's key, never the key) and whether the proxy token matches.
 *
 * <p>The proxy token travels in {@code x-headroom-token} rather than in {@code Authorization}, because
 * the official Anthropic SDK sends the provider key as a Bearer token and that must reach upstream.
 */
public final class Callers {

    private static final int TENANT_HEX = 32;

    private Callers() {}

    /** SHA-256 of the provider key ({@code x-api-key}, else the Bearer token), else of the proxy token, else "anonymous". */
    public static String tenant(HttpServerRequest request) {
        String key = request.getHeader("x-api-key");
        if (key == null || key.isBlank()) {
            key = bearer(request).orElse(null);
        }
        if (key == null || key.isBlank()) {
            key = request.getHeader(Headers.PROXY_TOKEN);
        }
        return key == null || key.isBlank() ? "anonymous" : sha256(key).substring(0, TENANT_HEX);
    }

    /** True when no proxy token is configured or the caller sent the configured one. */
    public static boolean admitted(HttpServerRequest request, Optional<String> proxyToken) {
        if (proxyToken.isEmpty()) {
            return true;
        }
        String sent = request.getHeader(Headers.PROXY_TOKEN);
        // Constant-time comparison: the token is a secret.
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                proxyToken.get().getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> bearer(HttpServerRequest request) {
        String auth = request.getHeader("authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(auth.substring(7).trim());
        }
        return Optional.empty();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
