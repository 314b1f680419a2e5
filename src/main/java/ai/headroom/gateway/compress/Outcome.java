package ai.headroom.gateway.compress;

import ai.headroom.core.CompressionResult;

/**
 * What the compression stage decided for one request.
 *
 * @param body    the bytes to forward (the client's own bytes unless compression succeeded)
 * @param result  the core's result when compression ran to the end, else null
 * @param failure why the original is forwarded ("timeout", "error", "circuit_open", "bypass"), or null
 * @param invalid the one-line reason the body is not a request (answered with 400), or null
 */
public record Outcome(byte[] body, CompressionResult result, String failure, String invalid) {

    public static Outcome original(byte[] body, String failure) {
        return new Outcome(body, null, failure, null);
    }

    public static Outcome compressed(CompressionResult result) {
        return new Outcome(result.body(), result, null, null);
    }

    public static Outcome invalid(byte[] body, String message) {
        return new Outcome(body, null, null, message);
    }
}
