package ai.headroom.core.pipeline;

import ai.headroom.core.CompressionRequest;
import ai.headroom.core.CompressionResult;
import ai.headroom.core.Settings;
import ai.headroom.core.cache.CacheAligner;
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
import ai.headroom.core.json.IndexedTree;
import ai.headroom.core.json.JsonEdits;
import ai.headroom.core.json.JsonSplicer;
import ai.headroom.core.json.Spliced;
import ai.headroom.core.tokens.TokenCounter;
import ai.headroom.core.tokens.TokenCounters;
import ai.headroom.core.tokens.TokenMemo;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    /** Null in report mode, which leaves the scan to {@link CacheReport}, after the request has gone upstream. */
    private final CacheAligner aligner;

    public CompressionPipeline(
            Settings settings, CcrStore store, ContentRouter router, Map<ContentKind, Compressor> compressors) {
        this.settings = settings;
        this.store = store;
        this.blocks = new BlockCompressor(router, Map.copyOf(compressors));
        this.settingsKey = Integer.toHexString(settings.fingerprint().hashCode());
        this.aligner = settings.cacheAlign() == Settings.CacheAlign.MOVE ? new CacheAligner(true) : null;
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
        IndexedTree indexed = RequestReader.readIndexed(request.body());
        JsonNode tree = indexed.tree();
        Dialect dialect = request.dialect() != null ? request.dialect() : Dialect.detect(tree);
        String model = request.model() != null ? request.model() : tree.path("model").asText("");
        TokenCounter counter = TokenCounters.forModel(model);
        RetrieveToolOffer offer = RetrieveToolOffer.of(tree, dialect, settings.retrieveTool());
        int recentFrom = dialect.messageCount(tree) - RECENT_MESSAGES;

        TokenTally tally = new TokenTally();
        // Moving volatile lines comes first; the strings it rewrites are not compressed on top of that.
        CacheAligner.Alignment alignment = aligner == null ? null : aligner.align(tree, dialect);
        JsonEdits edits = alignment == null ? new JsonEdits() : alignment.edits();
        Set<String> aligned = alignment == null ? Set.of() : alignment.rewritten();
        if (!aligned.isEmpty()) {
            tally.transforms.add("cache_align");
        }
        List<Pending> pending = new ArrayList<>();
        for (Slot slot : dialect.slots(tree)) {
            Gate.Mode mode = aligned.contains(slot.pointer()) ? Gate.Mode.SKIP : Gate.of(slot, settings);
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
            String key = hash + ":" + mode + ":" + slot.toolName() + ":" + settingsKey;
            pending.add(new Pending(slot, key, recall(request.tenant(), key, slot),
                    new BlockCompressor.Block(slot.text(), ctx, protectCode, settings)));
        }
        // Batch compressors (a model) see all of the request's new blocks at once; remembered ones are not re-run.
        SectionBatch batch = blocks.prepare(pending.stream().filter(p -> p.remembered() == null)
                .map(Pending::block).toList(), settings);
        batch.nanos().forEach(tally::compressorTime);
        for (Pending p : pending) {
            BlockOutcome outcome = decide(request.tenant(), p, batch);
            tally.block(p.slot().text(), p.block().ctx().hash(), outcome.text(), outcome.kind(),
                    outcome.compressorNanos());
            tally.failures += outcome.failures();
            if (!outcome.text().equals(p.slot().text())) {
                edits.replaceString(p.slot().pointer(), outcome.text());
                tally.transforms.addAll(outcome.transforms());
                if (outcome.lossy()) {
                    tally.hashes.add(p.block().ctx().hash());
                }
            }
        }
        // A request near its window may lose whole messages behind a marker: offer the tool before splicing.
        boolean mayCut = contextStage.mayCut(request.body().length, model);
        boolean offered = offer.apply(edits, !tally.hashes.isEmpty() || mayCut);
        Spliced spliced = JsonSplicer.splice(request.body(), edits, indexed.spans());
        byte[] body = spliced.body();
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
        // The cache report reads the sent body's prefix where the splice put it; a cut body is read afresh.
        Spliced positions = body == spliced.body() ? spliced : null;
        return new CompressionResult(body, body != request.body(), dialect.name(), model,
                List.copyOf(tally.transforms), tally.hashes, tally.failures, offered, System.nanoTime() - start,
                () -> tally.count(counter, tokenMemo),
                () -> cacheReport.observe(request.tenant(), model, tree, dialect, sent,
                        positions == null ? null : positions.members()));
    }

    /** A slot that passed the gate: its decision key and the decision remembered for it, if any. */
    private record Pending(Slot slot, String key, BlockOutcome remembered, BlockCompressor.Block block) {}

    /** The outcome remembered for this block by an earlier turn (any replica), or null. */
    private BlockOutcome recall(String tenant, String key, Slot slot) {
        return store.decision(tenant, key).map(d -> Decision.decode(d, slot.text())).orElse(null);
    }

    /**
     * The block's outcome: the decision remembered for it when there is one (so turn N+1 repeats turn N
     * byte for byte), else a fresh compression; originals are stored before the outcome is used.
     */
    private BlockOutcome decide(String tenant, Pending p, SectionBatch batch) {
        String text = p.slot().text();
        CompressionContext ctx = p.block().ctx();
        BlockOutcome outcome = p.remembered();
        boolean fresh = outcome == null;
        if (fresh) {
            outcome = ctx.pastDeadline()
                    ? BlockOutcome.unchanged(text, ContentKind.TEXT, 1)
                    : blocks.compress(p.block(), batch);
        }
        if (outcome.lossy()) {
            try {
                store.put(tenant, ctx.hash(), text);
            } catch (StoreUnavailableException | RuntimeException e) {
                // Invariant 1: no marker may point at an original the store does not hold.
                BlockCompressor.Block lossless = new BlockCompressor.Block(
                        text, ctx.losslessOnly(), p.block().protectCode(), p.block().settings());
                outcome = blocks.compress(lossless, SectionBatch.NONE);
                fresh = true;
            }
        }
        // Only real outcomes are remembered. A block left alone because the deadline passed or a compressor
        // failed (a cold JVM, a transient bug) gets another chance next turn: re-sending it compressed costs
        // one cache write from that block on, keeping it uncompressed would cost its tokens every turn.
        if (fresh && outcome.failures() == 0) {
            store.remember(tenant, p.key(), Decision.encode(outcome, text));
        }
        return outcome;
    }
}
