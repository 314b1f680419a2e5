package ai.headroom.gateway.http;

import ai.headroom.gateway.config.GatewayConfig;
import io.netty.buffer.Unpooled;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

/** The pooled HTTP client to the providers, and the mapping of its transport failures to 502/504. */
@ApplicationScoped
public class Upstream {

    /** Largest piece of a request body handed to Netty at once (see {@link #write}). */
    static final int SLICE = 32 * 1024;

    private final GatewayConfig config;
    private final HttpClient client;

    @Inject
    public Upstream(Vertx vertx, GatewayConfig config) {
        this.config = config;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(256)
                .setTryUseCompression(false)
                .setVerifyHost(true)
                .setConnectTimeout((int) config.upstreamConnectTimeout().toMillis()));
    }

    /** Opens a request to {@code provider}'s base URL plus the client's path and query. */
    public Future<HttpClientRequest> open(Provider provider, HttpMethod method, String uri, MultiMap headers) {
        RequestOptions options = new RequestOptions()
                .setMethod(method)
                .setAbsoluteURI(target(provider.baseUrl(config), uri))
                .setHeaders(headers)
                .setIdleTimeout(config.upstreamTimeout().toMillis());
        return client.request(options);
    }

    /** Base URL + request URI; a base ending in {@code /v1} (as OpenAI SDK users write it) is not doubled. */
    static String target(String base, String uri) {
        String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        if (b.endsWith("/v1") && (uri.startsWith("/v1/") || uri.equals("/v1"))) {
            b = b.substring(0, b.length() - 3);
        }
        return b + uri;
    }

    /** Sends a whole body. */
    public Future<HttpClientResponse> send(
            Provider provider, HttpMethod method, String uri, MultiMap headers, byte[] body, RequestHolder holder) {
        return open(provider, method, uri, headers).compose(req -> {
            holder.set(req);
            return paused(write(req, body));
        });
    }

    /**
     * Writes {@code body} in slices of at most {@link #SLICE} bytes, each wrapping the array (no copy of ours).
     * Netty copies what it writes into direct memory; a buffer larger than its pool's chunk (64 KB under
     * Quarkus' default allocator order) is allocated, zeroed and freed outside the pool on every request,
     * which cost more than anything else the event loop did for a 100 KB body. A slice fits the pool.
     */
    static Future<HttpClientResponse> write(HttpClientRequest req, byte[] body) {
        if (body.length <= SLICE) {
            return req.send(Buffer.buffer(Unpooled.wrappedBuffer(body)));
        }
        req.putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length));
        for (int at = 0; at < body.length; at += SLICE) {
            int length = Math.min(SLICE, body.length - at);
            Buffer slice = Buffer.buffer(Unpooled.wrappedBuffer(body, at, length));
            if (at + length < body.length) {
                req.write(slice);
            } else {
                req.end(slice);
            }
        }
        return req.response();
    }

    /**
     * Pauses the response in the first listener of the send future. Listeners of futures composed on top
     * run in a later task on the request's context, after the body's first chunk may have been delivered
     * (and dropped, with no handler yet); whoever consumes the response resumes it.
     */
    public static Future<HttpClientResponse> paused(Future<HttpClientResponse> sent) {
        return sent.onSuccess(HttpClientResponse::pause);
    }

    /** 504 for a timeout, 502 for anything else that kept us from an upstream response. */
    public static int statusFor(Throwable failure) {
        Throwable t = failure;
        while (t != null) {
            if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")
                    || String.valueOf(t.getMessage()).contains("timeout period")) {
                return 504;
            }
            if (t instanceof ConnectException) {
                return 502;
            }
            t = t.getCause();
        }
        return 502;
    }

    public static String messageFor(Throwable failure, int status) {
        return status == 504 ? "Upstream did not answer in time (headroom proxy)."
                : "Upstream unreachable (headroom proxy): " + failure.getClass().getSimpleName()
                        + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Keeps the in-flight upstream request so a client disconnect can cancel it. */
    public static final class RequestHolder {
        private HttpClientRequest request;
        private boolean cancelled;

        public synchronized void set(HttpClientRequest value) {
            request = value;
            if (cancelled) {
                value.reset();
            }
        }

        public synchronized void cancel() {
            cancelled = true;
            if (request != null) {
                request.reset();
            }
        }

        public synchronized boolean cancelled() {
            return cancelled;
        }
    }
}
