package ai.headroom.gateway.http;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import java.util.Arrays;

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

    /**
     * The whole body. Chunks are copied once, straight into an array sized by Content-Length: no growing
     * buffer, and no second copy out of one.
     */
    public static Future<byte[]> collect(HttpServerRequest request, long max) {
        long declared = declaredLength(request);
        if (declared > max) {
            return Future.failedFuture(new TooLarge(max));
        }
        Promise<byte[]> promise = Promise.promise();
        Sink body = new Sink(declared >= 0 ? (int) declared : 8192);
        request.handler(chunk -> {
            if (body.size + (long) chunk.length() > max) {
                request.handler(null);
                promise.tryFail(new TooLarge(max));
            } else {
                body.append(chunk);
            }
        });
        request.exceptionHandler(promise::tryFail);
        request.endHandler(v -> promise.tryComplete(body.bytes()));
        request.resume();
        return promise.future();
    }

    /** Content-Length, or -1 when absent or unreadable (not our job to judge; the running total still bounds it). */
    private static long declaredLength(HttpServerRequest request) {
        String declared = request.getHeader("content-length");
        if (declared == null) {
            return -1;
        }
        try {
            return Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A growable byte array. */
    private static final class Sink {
        private byte[] bytes;
        private int size;

        Sink(int capacity) {
            bytes = new byte[capacity];
        }

        void append(Buffer chunk) {
            int n = chunk.length();
            if (size + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(size + n, bytes.length * 2));
            }
            chunk.getBytes(0, n, bytes, size);
            size += n;
        }

        byte[] bytes() {
            return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
        }
    }
}
