package ai.headroom.gateway.ccr;

import ai.headroom.core.Headroom;
import java.util.Optional;

/** Answers {@code headroom_retrieve} calls for one tenant from the CCR store. */
public record Retriever(Headroom headroom, String tenant) {

    /** The original, or a message the model can act on when it is gone or belongs to someone else. */
    public String answer(ToolCall call) {
        Optional<String> original = call.hash() == null ? Optional.empty() : headroom.retrieve(tenant, call.hash());
        return original.orElse("No original is stored under hash " + call.hash()
                + " (it expired or was never stored). Continue with the compressed content.");
    }

    public boolean found(ToolCall call) {
        return call.hash() != null && headroom.retrieve(tenant, call.hash()).isPresent();
    }
}
