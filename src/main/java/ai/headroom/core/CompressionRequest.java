package ai.headroom.core;

import ai.headroom.core.dialect.Dialect;
import java.util.Objects;

/**
 * A request body to compress.
 *
 * @param body    the provider request as the client sent it (UTF-8 JSON)
 * @param model   the model name, or null to read it from the body's {@code model} field
 * @param dialect the provider shape, or null to detect it from the body
 * @param tenant  who is asking (a hash of the caller's key or token); scopes every stored original
 */
public record CompressionRequest(byte[] body, String model, Dialect dialect, String tenant) {
    public CompressionRequest {
        Objects.requireNonNull(body, "body");
        tenant = tenant == null || tenant.isEmpty() ? "local" : tenant;
    }

    /** A request for the local tenant, dialect and model read from the body. */
    public static CompressionRequest of(byte[] body) {
        return new CompressionRequest(body, null, null, "local");
    }
}
