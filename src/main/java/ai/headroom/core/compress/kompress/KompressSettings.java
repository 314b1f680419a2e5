package ai.headroom.core.compress.kompress;

/**
 * How hard Kompress compresses and how it feeds the model.
 *
 * @param targetKeepRatio share of words kept (must-keep words are kept on top when they exceed it)
 * @param chunkWords      words per chunk handed to the tokenizer (~350 fills a 512-token window with prose)
 * @param maxWindowTokens longest model input, special tokens included
 * @param windowsPerRun   windows batched into one {@code session.run}
 * @param minWords        texts with fewer words are left alone: too little to gain, and the marker costs ~20 tokens
 */
public record KompressSettings(
        double targetKeepRatio, int chunkWords, int maxWindowTokens, int windowsPerRun, int minWords) {

    public static final KompressSettings DEFAULT = new KompressSettings(0.5, 350, 512, 16, 40);

    public KompressSettings {
        if (!(targetKeepRatio > 0 && targetKeepRatio < 1)) {
            throw new IllegalArgumentException("targetKeepRatio must be in (0, 1), was " + targetKeepRatio);
        }
        if (chunkWords < 1) {
            throw new IllegalArgumentException("chunkWords must be >= 1, was " + chunkWords);
        }
        if (maxWindowTokens < 16) {
            throw new IllegalArgumentException("maxWindowTokens must be >= 16, was " + maxWindowTokens);
        }
        if (windowsPerRun < 1) {
            throw new IllegalArgumentException("windowsPerRun must be >= 1, was " + windowsPerRun);
        }
        if (minWords < 1) {
            throw new IllegalArgumentException("minWords must be >= 1, was " + minWords);
        }
    }

    /** The same settings with another keep ratio. */
    public KompressSettings withTargetKeepRatio(double ratio) {
        return new KompressSettings(ratio, chunkWords, maxWindowTokens, windowsPerRun, minWords);
    }
}
