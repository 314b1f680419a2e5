package ai.headroom.core.pipeline;

import ai.headroom.core.CompressionRequest;
import ai.headroom.core.CompressionResult;
import ai.headroom.core.Settings;
import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.ccr.CcrStore;
import ai.headroom.core.ccr.StoreUnavailableException;
import ai.headroom.core.compress.CompressionContext;
import ai.headroom.core.context.IntelligentContext;
import ai.headroom.core.models.ModelCatalog;
import ai.headroom.core.compress.Compressor;
import ai.headroom.core.content.ContentKind;
import ai.headroom.core.content.ContentRouter;
import ai.headroom.core.dialect.Dialect;
import ai.headroom.core.dialect.Slot;
import ai.headroom.core.json.JsonEdits;
import ai.headroom.core.json.JsonSplicer;
import ai.headroom.core.tokens.TokenCounter;
import ai.headroom.core.tokens.TokenCounters;
import ai.headroom.core.tokens.TokenMemo;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The request path of the core, in order: read → find slots → gate → reuse or compress each block →
 * store originals → offer the retrieve tool → splice. Thread-safe; one instance serves every request.
 */
public final class CompressionPipeline {

    /** Code in the last messages is what the agent is working on: it stays verbatim (first sighting decides). */
    private static final int RECENT_MESSAGES = 4;

    private static final Pattern WORKS_ON_CODE =
            Pattern.compile("\\b(review|fix|debug|refactor|bug|rewrite|edit|patch)\\b", Pattern.CASE_INSENSITIVE);

    private final Settings settings;
    private final CcrStore store;
    private final BlockCompressor blocks;
    private final TokenMemo tokenMemo = new TokenMemo(16_384);
    /** Part of every decision key: a decision made under other settings is never reused. */
    private final String settingsKey;
    private final ContextStage contextStage;
    private final CacheReport cacheReport = new CacheReport();

    public CompressionPipeline(
            Settings settings, CcrStore store, ContentRouter router, Map<ContentKind, Compressor> compressors) {
        this.settings = settings;
        this.store = store;
        this.blocks = new BlockCompressor(router, Map.copyOf(compressors));
        this.settingsKey = Integer.toHexString(settings.fingerprint().hashCode());
        this.contextStage = new ContextStage(ModelCatalog.builtIn(),
                new IntelligentContext(IntelligentContext.DEFAULT_PROTECT_LAST, tokenMemo), store);
    }

    public CompressionResult compress(CompressionRequest request) {
        return compress(request, settings);
    }

    /** Compresses under {@code settings} instead of this pipeline's own (a request's overrides). */
    public CompressionResult compress(CompressionRequest request, Settings settings) {
        String settingsKey = settings == this.settings ? this.settingsKey
                : Integer.toHexString(settings.fingerprint().hashCode());
        long start = System.nanoTime();
        long deadline = start + settings.deadline().toNanos();
        JsonNode tree = RequestReader.read(request.body());
        Dialect dialect = request.dialect() != null ? request.dialect() : Dialect.detect(tree);
        String model = request.model() != null ? request.model() : tree.path("model").asText("");
        TokenCounter counter = TokenCounters.forModel(model);
        RetrieveToolOffer offer = RetrieveToolOffer.of(tree, dialect, settings.retrieveTool());
        int recentFrom = dialect.messageCount(tree) - RECENT_MESSAGES;

        JsonEdits edits = new JsonEdits();
        TokenTally tally = new TokenTally();
        for (Slot slot : dialect.slots(tree)) {
            Gate.Mode mode = Gate.of(slot, settings);
            if (mode == Gate.Mode.FULL && !offer.possible()) {
                mode = Gate.Mode.LOSSLESS_ONLY;
            }
            if (mode == Gate.Mode.SKIP) {
                tally.skipped(slot.text(), null);
                continue;
            }
            String hash = CcrMarker.hashOf(slot.text());
            boolean protectCode = slot.messageIndex() >= recentFrom || WORKS_ON_CODE.matcher(slot.query()).find();
            CompressionContext ctx = new CompressionContext(hash, slot.query(), slot.toolName(), slot.error(),
                    mode == Gate.Mode.FULL, deadline);
            BlockOutcome outcome = decide(request.tenant(), slot, mode, ctx, protectCode, settings, settingsKey);
            tally.block(slot.text(), hash, outcome.text(), outcome.kind());
            tally.failures += outcome.failures();
            if (!outcome.text().equals(slot.text())) {
                edits.replaceString(slot.pointer(), outcome.text());
                tally.transforms.addAll(outcome.transforms());
                if (outcome.lossy()) {
                    tally.hashes.add(hash);
                }
            }
        }
        // A request near its window may lose whole messages behind a marker: offer the tool before splicing.
        boolean mayCut = contextStage.mayCut(request.body().length, model);
        offer.apply(edits, !tally.hashes.isEmpty() || mayCut);
        byte[] body = JsonSplicer.apply(request.body(), edits);
        if (mayCut) {
            Optional<ContextStage.Cut> cut = contextStage.fit(body, dialect, model, request.tenant(), counter);
            if (cut.isPresent()) {
                body = cut.get().body();
                tally.hashes.add(cut.get().cut().hash());
                tally.droppedTokens = cut.get().cut().tokensBefore() - cut.get().cut().tokensAfter();
                tally.transforms.add("intelligent_context");
            }
        }
        byte[] sent = body;
        return new CompressionResult(body, body != request.body(), dialect.name(), model,
                List.copyOf(tally.transforms), tally.hashes, tally.failures, System.nanoTime() - start,
                () -> tally.count(counter, tokenMemo),
                () -> cacheReport.observe(request.tenant(), model, tree, dialect, sent));
    }

    /**
     * The block's outcome: the decision remembered for it when there is one (so turn N+1 repeats turn N
     * byte for byte), else a fresh compression; originals are stored before the outcome is used.
     */
    private BlockOutcome decide(String tenant, Slot slot, Gate.Mode mode, CompressionContext ctx,
            boolean protectCode, Settings settings, String settingsKey) {
        String key = ctx.hash() + ":" + mode + ":" + slot.toolName() + ":" + settingsKey;
        Optional<String> remembered = store.decision(tenant, key);
        BlockOutcome outcome = remembered.map(d -> Decision.decode(d, slot.text())).orElse(null);
        boolean fresh = outcome == null;
        if (fresh) {
            outcome = ctx.pastDeadline()
                    ? BlockOutcome.unchanged(slot.text(), ContentKind.TEXT, 1)
                    : blocks.compress(slot.text(), ctx, protectCode, settings);
        }
        if (outcome.lossy()) {
            try {
                store.put(tenant, ctx.hash(), slot.text());
            } catch (StoreUnavailableException | RuntimeException e) {
                // Invariant 1: no marker may point at an original the store does not hold.
                outcome = blocks.compress(slot.text(), ctx.losslessOnly(), protectCode, settings);
                fresh = true;
            }
        }
        // Only real outcomes are remembered. A block left alone because the deadline passed or a compressor
        // failed (a cold JVM, a transient bug) gets another chance next turn: re-sending it compressed costs
        // one cache write from that block on, keeping it uncompressed would cost its tokens every turn.
        if (fresh && outcome.failures() == 0) {
            store.remember(tenant, key, Decision.encode(outcome, slot.text()));
        }
        return outcome;
    }
}
