package ai.headroom.gateway.http;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

/**
 * Reads a request body into memory with a byte cap checked against the running total on every chunk
 * (and up front against Content-Length), so an oversized body fails fast.
 */
public final class BodyCollector {

    /** The body exceeded the cap. */
    public static final class TooLarge extends RuntimeException {
        TooLarge(long max) {
            super("Request body exceeds the proxy limit of " + max + " bytes.", null, false, false);
        }
    }

    private BodyCollector() {}

    public static Future<Buffer> collect(HttpServerRequest request, long max) {
        String declared = request.getHeader("content-length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > max) {
                    return Future.failedFuture(new TooLarge(max));
                }
            } catch (NumberFormatException ignored) {
                // Not our job to judge; the running total below still bounds it.
            }
        }
        Promise<Buffer> promise = Promise.promise();
        int initial = declared != null ? (int) Math.min(Long.parseLong(declared.trim()), max) : 8192;
        Buffer body = Buffer.buffer(Math.max(initial, 16));
        request.handler(chunk -> {
            if (body.length() + (long) chunk.length() > max) {
                request.handler(null);
                promise.tryFail(new TooLarge(max));
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.exceptionHandler(promise::tryFail);
        request.endHandler(v -> promise.tryComplete(body));
        request.resume();
        return promise.future();
    }
}
