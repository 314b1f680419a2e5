package ai.headroom.core.pipeline;

import ai.headroom.core.ccr.CcrStore;
import ai.headroom.core.context.ContextCut;
import ai.headroom.core.context.IntelligentContext;
import ai.headroom.core.dialect.Dialect;
import ai.headroom.core.json.JsonEdits;
import ai.headroom.core.json.JsonSplicer;
import ai.headroom.core.models.ModelCatalog;
import ai.headroom.core.tokens.TokenCounter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Runs {@link IntelligentContext} when a compressed request may still exceed its model's window: the
 * dropped messages are stored before the cut is applied, and any failure leaves the request as it was.
 */
final class ContextStage {

    /** Requests smaller than this share of the window (estimated at 3 bytes a token) are not counted at all. */
    private static final double CHECK_ABOVE = 0.8;
    private static final int BYTES_PER_TOKEN_LOW = 3;

    private final ModelCatalog catalog;
    private final IntelligentContext context;
    private final CcrStore store;

    ContextStage(ModelCatalog catalog, IntelligentContext context, CcrStore store) {
        this.catalog = catalog;
        this.context = context;
        this.store = store;
    }

    /** Cheap check: only a request whose size could reach {@value #CHECK_ABOVE} of its model's window is counted. */
    boolean mayCut(int bodyBytes, String model) {
        return catalog.find(model).map(i -> (double) bodyBytes / BYTES_PER_TOKEN_LOW >= CHECK_ABOVE * i.inputBudget(0))
                .orElse(false);
    }

    /** The cut request, or empty when it fits, the model is unknown, or anything went wrong (fail open). */
    Optional<Cut> fit(byte[] body, Dialect dialect, String model, String tenant, TokenCounter counter) {
        try {
            var info = catalog.find(model);
            if (info.isEmpty()) {
                return Optional.empty();
            }
            JsonNode probe = RequestReader.read(body);
            int budget = info.get().inputBudget(requestedMaxTokens(probe));
            Optional<ContextCut> cut = context.fit(body, probe, dialect, counter, budget);
            if (cut.isEmpty()) {
                return Optional.empty();
            }
            store.put(tenant, cut.get().hash(), cut.get().droppedJson());
            byte[] cutBody = JsonSplicer.apply(body, new JsonEdits().replaceRaw(cut.get().pointer(), cut.get().rawArray()));
            return Optional.of(new Cut(cutBody, cut.get()));
        } catch (Exception | StackOverflowError e) {
            return Optional.empty();
        }
    }

    private static int requestedMaxTokens(JsonNode request) {
        for (String field : new String[] {"max_tokens", "max_completion_tokens", "max_output_tokens"}) {
            if (request.path(field).canConvertToInt()) {
                return request.path(field).asInt();
            }
        }
        return 0;
    }

    /** A request after the cut, and the cut itself. */
    record Cut(byte[] body, ContextCut cut) {}
}
