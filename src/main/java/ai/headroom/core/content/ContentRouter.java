package ai.headroom.core.content;

import java.util.List;

/**
 * Tells what kind of content a block is, and splits mixed blocks into homogeneous sections.
 * Stateless and thread-safe; line heuristics look at a bounded sample, so cost does not grow with
 * input size beyond one JSON parse of at most {@value JsonDetector#FULL_PARSE_LIMIT} chars.
 */
public final class ContentRouter {

    /** Below this, a detection is not trusted and TEXT is answered instead. */
    private static final double MIN_CONFIDENCE = 0.5;
    /** A sample with this share of control characters is binary, not text of any kind. */
    private static final double BINARY_SHARE = 0.1;
    private static final double SURE_ENOUGH = 0.9;
    /** A whole-text verdict at least this sure is taken for the whole block without splitting. */
    private static final double WHOLE_BLOCK = 0.95;
    /**
     * Kinds whose sure verdict covers the whole block. Not diff or HTML: a few prose lines before a diff
     * still score as a sure diff, and those lines would then be lost to the diff compressor.
     */
    private static final java.util.Set<ContentKind> WHOLE_BLOCK_KINDS =
            java.util.EnumSet.of(ContentKind.JSON, ContentKind.LOG, ContentKind.SEARCH);

    private final SectionSplitter splitter = new SectionSplitter(this);

    /** The kind of the whole text; TEXT when nothing more specific fits. */
    public Detection detect(String text) {
        if (text == null || text.isBlank()) {
            return Detection.of(ContentKind.TEXT);
        }
        Detection json = JsonDetector.detect(text);
        if (json != null) {
            return json;
        }
        TextSample sample = TextSample.of(text);
        if (sample.controlShare() > BINARY_SHARE) {
            return new Detection(ContentKind.TEXT, "", 0.5);
        }
        double diff = DiffDetector.score(sample);
        if (diff >= 0.9) {
            return new Detection(ContentKind.DIFF, "", diff);
        }
        double html = HtmlDetector.score(sample);
        if (html >= 0.95) {
            return new Detection(ContentKind.HTML, "", html);
        }
        // Ties go to the earlier, more specific kind.
        Detection best = new Detection(ContentKind.DIFF, "", diff);
        best = better(best, new Detection(ContentKind.SEARCH, "", SearchDetector.score(sample)));
        best = better(best, new Detection(ContentKind.LOG, "", LogDetector.score(sample)));
        best = better(best, new Detection(ContentKind.HTML, "", html));
        if (best.confidence() < SURE_ENOUGH) {
            // Code hints are the costliest check; a clear log, search or diff result cannot lose to code.
            best = better(best, CodeDetector.detect(sample));
        }
        Detection prose = new Detection(ContentKind.TEXT, "", ProseDetector.confidence(sample));
        if (best.confidence() < MIN_CONFIDENCE || prose.confidence() > best.confidence()) {
            return prose;
        }
        return best;
    }

    /**
     * Splits a block into sections of one kind each; a homogeneous block gives one section.
     * The sections' texts concatenate back to {@code text} exactly.
     */
    public List<Section> split(String text) {
        if (text == null) {
            return List.of();
        }
        // Most tool output is one kind from top to bottom; a sure whole-text verdict skips the
        // paragraph-by-paragraph pass, which costs several times more than compressing.
        Detection whole = detect(text);
        if (whole.confidence() >= WHOLE_BLOCK && WHOLE_BLOCK_KINDS.contains(whole.kind())) {
            return List.of(new Section(whole, text));
        }
        return splitter.split(text, whole);
    }

    private static Detection better(Detection current, Detection candidate) {
        return candidate.confidence() > current.confidence() ? candidate : current;
    }
}
