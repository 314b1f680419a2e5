package ai.headroom.gateway.config;

import ai.headroom.core.CompressionRequest;
import ai.headroom.core.Headroom;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * Builds the store and runs a few compressions at startup. Without it the first request pays for store
 * creation and cold code, overruns its deadline and goes out uncompressed; its next turn would then be
 * compressed, and the provider's cached prefix would change between the two.
 */
@ApplicationScoped
public class Warmup {


    /** An OpenAI chat request whose only message is the sample, as a tool result an agent would send. */
    private static byte[] toolResult(String sample) {
        ObjectNode request = JsonNodeFactory.instance.objectNode().put("model", "warmup");
        ArrayNode messages = request.putArray("messages");
        messages.addObject().put("role", "user").put("content", "warm up");
        messages.addObject().put("role", "tool").put("tool_call_id", "w").put("content", sample);
        for (int i = 0; i < 2; i++) {
            messages.addObject().put("role", "assistant").put("content", "ok");
            messages.addObject().put("role", "user").put("content", "next");
        }
        return request.toString().getBytes(StandardCharsets.UTF_8);
    }

    void onStart(@Observes StartupEvent event, Headroom headroom) {
        try {
            headroom.store().put("warmup", "warmup", "warmup");
            headroom.store().get("warmup", "warmup");
        } catch (ai.headroom.core.ccr.StoreUnavailableException e) {
            // The readiness check reports the store; startup goes on (lossless-only until it is back).
        }
        // Every compressor once per round, each round under a tenant of its own so no remembered decision
        // short-cuts the work: JIT-compiled paths, loaded grammars and models before the first request.
        for (int round = 0; round < 10; round++) {
            for (String sample : WarmupSamples.all()) {
                try {
                    headroom.compress(new CompressionRequest(toolResult(sample), null, null, "warmup-" + round));
                } catch (RuntimeException e) {
                    // Warm-up is best effort; a failing compressor fails open on real traffic too.
                }
            }
        }
    }
}
