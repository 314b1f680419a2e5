package ai.headroom.gateway.ccr;

import ai.headroom.core.json.JsonEdits;
import ai.headroom.core.json.JsonSplicer;
import ai.headroom.gateway.http.Exchange;
import ai.headroom.gateway.http.Headers;
import ai.headroom.gateway.http.Upstream;
import ai.headroom.gateway.stats.GatewayStats;
import ai.headroom.gateway.stream.SseEvent;
import ai.headroom.gateway.stream.SseParser;
import ai.headroom.gateway.stream.UsageTap;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Relays a response to a request that offered {@code headroom_retrieve}, answering the model's retrieve
 * calls from the store and continuing upstream (at most {@code maxRounds} times), streaming or not.
 * Each continuation appends to the previous upstream body's bytes, so the provider's cached prefix holds.
 */
public final class RetrieveRelay {

    private final Exchange exchange;
    private final LoopDialect loop;
    private final Upstream upstream;
    private final GatewayStats stats;
    private final Retriever retriever;
    private final int maxRounds;
    private final Runnable addHeaders;
    private final DeferredRetrieves deferred;

    public RetrieveRelay(Exchange exchange, LoopDialect loop, Upstream upstream, GatewayStats stats,
            Retriever retriever, DeferredRetrieves deferred, int maxRounds, Runnable addHeaders) {
        this.exchange = exchange;
        this.loop = loop;
        this.upstream = upstream;
        this.stats = stats;
        this.retriever = retriever;
        this.maxRounds = maxRounds;
        this.addHeaders = addHeaders;
        this.deferred = deferred;
    }

    /** Takes over the first upstream response (status 200). */
    public void relay(HttpClientResponse first, byte[] sentBody) {
        String type = first.getHeader("content-type");
        if (type != null && type.startsWith("text/event-stream")) {
            HttpServerResponse down = exchange.ctx().response();
            down.setStatusCode(first.statusCode());
            Headers.copyExceptConnectionListed(first.headers(), down.headers());
            addHeaders.run();
            down.setChunked(true);
            streamRound(first, sentBody, loop.splicer(maxRounds, d -> deferred.record(retriever.tenant(), d)), 0);
        } else {
            readAll(first).onSuccess(buf -> jsonRound(first, buf, sentBody, new ArrayList<>(), 0))
                    .onFailure(this::broke);
        }
    }

    private void jsonRound(HttpClientResponse response, Buffer raw, byte[] sentBody, List<JsonNode> history,
            int round) {
        JsonNode tree = JsonTrees.object(raw.toString());
        stats.usage(loop.usage(tree));
        history.add(tree);
        List<ToolCall> calls = loop.retrieveCalls(tree);
        if (calls.isEmpty() || round >= maxRounds) {
            DeferredCalls mixed = loop.deferred(tree);
            if (mixed != null) {
                deferred.record(retriever.tenant(), mixed); // before the client has the turn and can answer it
            }
            boolean rewrite = history.stream().anyMatch(loop::mentionsRetrieve);
            Buffer out = rewrite ? Buffer.buffer(JsonTrees.write(loop.merge(history))) : raw;
            HttpServerResponse down = exchange.ctx().response();
            down.setStatusCode(response.statusCode());
            Headers.copyExceptConnectionListed(response.headers(), down.headers());
            addHeaders.run();
            down.end(out);
            return;
        }
        offLoop(() -> continue_(sentBody, loop.continuation(tree, calls, retriever))).compose(next -> send(next)
                .onSuccess(resp -> {
                    if (resp.statusCode() != 200) {
                        passError(resp);
                    } else {
                        readAll(resp).onSuccess(buf -> jsonRound(resp, buf, next, history, round + 1))
                                .onFailure(this::broke);
                    }
                })).onFailure(this::fail);
    }

    private void streamRound(HttpClientResponse response, byte[] sentBody, StreamSplicer splicer, int round) {
        HttpServerResponse down = exchange.ctx().response();
        SseParser parser = new SseParser();
        UsageTap usage = new UsageTap(stats, "text/event-stream");
        response.handler(chunk -> {
            for (SseEvent event : parser.feed(chunk)) {
                usage.event(event);
                splicer.accept(event, text -> down.write(text));
            }
            if (down.writeQueueFull()) {
                response.pause();
                down.drainHandler(v -> response.resume());
            }
        });
        // Upstream cut mid-stream (reset, idle timeout): once the status is sent, the client's stream is cut too.
        response.exceptionHandler(this::broke);
        response.endHandler(v -> {
            for (SseEvent event : parser.finish()) {
                splicer.accept(event, text -> down.write(text));
            }
            List<ToolCall> calls = splicer.pendingCalls();
            if (calls.isEmpty() || exchange.holder().cancelled()) {
                down.end();
                return;
            }
            offLoop(() -> continue_(sentBody, splicer.continuation(retriever))).compose(next -> {
                splicer.nextRound();
                return send(next).onSuccess(resp -> {
                    if (resp.statusCode() != 200) {
                        // The status line is sent: the provider's error goes down as its stream's error event.
                        readAll(resp).onComplete(ar -> down.end(splicer.errorEvent(
                                resp.statusCode(), ar.succeeded() ? ar.result().toString() : "")));
                    } else {
                        streamRound(resp, next, splicer, round + 1);
                    }
                });
            }).onFailure(t -> {
                int status = Upstream.statusFor(t);
                down.end(splicer.errorEvent(status,
                        exchange.provider().errorBody(status, Upstream.messageFor(t, status))));
            });
        });
        response.resume();
    }

    /** The whole body of a (paused) response, read with our own handlers like the stream path. */
    private static io.vertx.core.Future<Buffer> readAll(HttpClientResponse response) {
        io.vertx.core.Promise<Buffer> promise = io.vertx.core.Promise.promise();
        Buffer body = Buffer.buffer();
        response.handler(body::appendBuffer);
        response.exceptionHandler(promise::tryFail);
        response.endHandler(v -> promise.tryComplete(body));
        response.resume();
        return promise.future();
    }

    private byte[] continue_(byte[] sentBody, List<String> elements) {
        stats.retrieveRound();
        // One append per pointer is what JsonEdits holds; a comma-joined run is several elements.
        JsonEdits edits = new JsonEdits().appendToArray(loop.appendPointer(), String.join(",", elements));
        return JsonSplicer.apply(sentBody, edits);
    }

    private io.vertx.core.Future<HttpClientResponse> send(byte[] body) {
        return upstream.send(exchange.provider(), exchange.method(), exchange.uri(), exchange.upstreamHeaders(),
                body, exchange.holder());
    }

    /** A continuation failed: the client gets that upstream answer as it was. */
    private void passError(HttpClientResponse resp) {
        readAll(resp).onComplete(ar -> {
            HttpServerResponse down = exchange.ctx().response();
            down.setStatusCode(resp.statusCode());
            Headers.copyExceptConnectionListed(resp.headers(), down.headers());
            down.end(ar.succeeded() ? ar.result() : Buffer.buffer());
        });
    }

    /** An upstream body broke: a 502/504 while the client has nothing yet, else its stream is cut. */
    private void broke(Throwable t) {
        HttpServerResponse down = exchange.ctx().response();
        if (!down.headWritten() && !down.closed()) {
            ai.headroom.gateway.http.Replies.upstreamBroke(down, exchange.provider(), t);
        } else if (!down.ended()) {
            down.reset();
        }
    }

    private void fail(Throwable t) {
        int status = Upstream.statusFor(t);
        ai.headroom.gateway.http.Replies.error(exchange.ctx().response(), exchange.provider(), status,
                Upstream.messageFor(t, status));
    }

    /** Answers from the store off the event loop: a store may block (Redis waits for its reply). */
    private <T> io.vertx.core.Future<T> offLoop(java.util.concurrent.Callable<T> work) {
        return exchange.ctx().vertx().executeBlocking(work, false);
    }
}
