package ai.headroom.gateway.compress;

import ai.headroom.core.CompressionRequest;
import ai.headroom.core.CompressionResult;
import ai.headroom.core.Headroom;
import ai.headroom.core.InvalidRequestException;
import ai.headroom.core.dialect.Dialect;
import ai.headroom.gateway.config.GatewayConfig;
import ai.headroom.gateway.stats.GatewayStats;
import io.smallrye.faulttolerance.api.Guard;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

/**
 * Runs compression on a worker thread under a hard timeout and a circuit breaker, failing open:
 * whatever goes wrong, the request continues with its original bytes.
 */
@ApplicationScoped
public class CompressionStage {

    private static final Logger LOG = Logger.getLogger(CompressionStage.class);

    private final Vertx vertx;
    private final Headroom headroom;
    private final GatewayStats stats;
    private final long timeoutMillis;
    private final Guard guard;

    @Inject
    public CompressionStage(Vertx vertx, Headroom headroom, GatewayConfig config, GatewayStats stats) {
        this.vertx = vertx;
        this.headroom = headroom;
        this.stats = stats;
        this.timeoutMillis = config.compressionTimeout().toMillis();
        this.guard = Guard.create()
                .withDescription("headroom compression")
                .withCircuitBreaker()
                .name("headroom-compression")
                .requestVolumeThreshold(config.breaker().requestVolume())
                .failureRatio(config.breaker().failureRatio())
                .delay(config.breaker().delay().toMillis(), ChronoUnit.MILLIS)
                .skipOn(InvalidRequestException.class)
                .onStateChange(state -> LOG.infof("compression circuit breaker is now %s", state))
                .done()
                .build();
    }

    /** Compresses off the event loop; never fails (failures become an {@link Outcome} carrying the original). */
    public Future<Outcome> compress(byte[] body, Dialect dialect, String tenant) {
        return compress(body, dialect, tenant, UnaryOperator.identity(), o -> { });
    }

    /**
     * Like {@link #compress(byte[], Dialect, String)}, then {@code then} on the same worker: one hop off the
     * event loop for both. A failing {@code then} leaves the compressed outcome as it was. Once the outcome is
     * on its way back to the event loop, the worker goes on with {@code after} (unless the timeout answered
     * first): work the request does not wait for, with no hop of its own.
     */
    public Future<Outcome> compress(byte[] body, Dialect dialect, String tenant, UnaryOperator<Outcome> then,
            Consumer<Outcome> after) {
        Promise<Outcome> promise = Promise.promise();
        Context context = vertx.getOrCreateContext();
        AtomicBoolean settled = new AtomicBoolean();
        long timer = vertx.setTimer(timeoutMillis, id -> {
            if (settled.compareAndSet(false, true)) {
                stats.failure("timeout");
                promise.complete(Outcome.original(body, "timeout"));
            }
        });
        // No listener on the blocking call's own future: its completion would be one more task on the event loop.
        vertx.executeBlocking(() -> {
            Outcome outcome;
            try {
                outcome = andThen(run(body, dialect, tenant), then);
            } catch (RuntimeException | Error e) {
                outcome = Outcome.original(body, "error");
            }
            if (settled.compareAndSet(false, true)) {
                Outcome settledOutcome = outcome;
                context.runOnContext(v -> {
                    vertx.cancelTimer(timer);
                    promise.complete(settledOutcome);
                });
                runAfter(after, outcome);
            }
            return null;
        }, false);
        return promise.future();
    }

    private static void runAfter(Consumer<Outcome> after, Outcome outcome) {
        try {
            after.accept(outcome);
        } catch (RuntimeException e) {
            LOG.warnf("post-request step failed: %s", e.toString());
        }
    }

    private static Outcome andThen(Outcome outcome, UnaryOperator<Outcome> then) {
        try {
            return then.apply(outcome);
        } catch (RuntimeException e) {
            LOG.warnf("post-compression step failed, forwarding the compressed request: %s", e.toString());
            return outcome;
        }
    }

    private Outcome run(byte[] body, Dialect dialect, String tenant) {
        long start = System.nanoTime();
        try {
            CompressionResult result = guard.call(() -> {
                CompressionResult r = headroom.compress(new CompressionRequest(body, null, dialect, tenant));
                if (r.failures() > 0 || System.nanoTime() - start > timeoutMillis * 1_000_000) {
                    // Counted by the breaker, yet the result is still valid: failed blocks were left as they were.
                    throw new Degraded(r);
                }
                return r;
            }, CompressionResult.class);
            return Outcome.compressed(result);
        } catch (Degraded d) {
            stats.failure("degraded");
            return Outcome.compressed(d.result);
        } catch (InvalidRequestException e) {
            return Outcome.invalid(body, e.getMessage());
        } catch (CircuitBreakerOpenException e) {
            stats.failure("circuit_open");
            return Outcome.original(body, "circuit_open");
        } catch (Exception | StackOverflowError e) {
            stats.failure("error");
            LOG.warnf("compression failed, forwarding the original: %s", e.toString());
            return Outcome.original(body, "error");
        }
    }

    /** A usable result that still counts as a failure for the breaker. */
    private static final class Degraded extends RuntimeException {
        final transient CompressionResult result;

        Degraded(CompressionResult result) {
            super(null, null, false, false);
            this.result = result;
        }
    }
}
