package ai.headroom.core;

import ai.headroom.core.content.ContentKind;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How Headroom compresses; validated on construction. Start from {@link #defaults()} and use the withers.
 *
 * @param minBlockChars      blocks shorter than this are left alone (the reference uses 500)
 * @param errorVerbatimChars tool results flagged as errors up to this size are left alone
 * @param minSavings         a compression is kept only if it saves at least this share of the block's bytes
 * @param kinds              content kinds that may be compressed
 * @param protectedTools     tools whose results are never compressed lossily (agents need their exact bytes)
 * @param compressSystem     whether the system prompt may be compressed (off: it heads the cached prefix)
 * @param retrieveTool       when the {@code headroom_retrieve} tool is added to {@code tools}
 * @param deadline           per-request compression budget; blocks not reached by then are left alone
 * @param ccrTtl             how long originals stay retrievable
 * @param cacheAlign         whether volatile lines of the system prompt are only reported or moved to the end
 */
public record Settings(
        int minBlockChars,
        int errorVerbatimChars,
        double minSavings,
        Set<ContentKind> kinds,
        Set<String> protectedTools,
        boolean compressSystem,
        RetrieveToolPolicy retrieveTool,
        Duration deadline,
        Duration ccrTtl,
        CacheAlign cacheAlign) {

    /** What is done with values in the system prompt that change every request (dates, ids, commits). */
    public enum CacheAlign {
        /** They are reported in /stats and the logs; the request is not changed. */
        REPORT,
        /**
         * Short lines holding them leave the system prompt for a reminder at the end of the last user message:
         * the system prompt becomes byte-stable, so its cached prefix keeps hitting; the model still reads them.
         */
        MOVE
    }

    /** When the retrieve tool is offered to the model. */
    public enum RetrieveToolPolicy {
        /** Only when this request carries a marker (changes {@code tools} on the first lossy turn). */
        WHEN_MARKED,
        /**
         * Whenever the client already sends tools (every coding agent does), and otherwise when marked:
         * the tools array then has the same bytes from the first turn on, so the cached prefix holds.
         */
        WHEN_CLIENT_HAS_TOOLS,
        /** On every request that is compressed. */
        ALWAYS
    }

    public Settings {
        if (minBlockChars < 0) {
            throw new IllegalArgumentException("minBlockChars must be >= 0, was " + minBlockChars);
        }
        if (errorVerbatimChars < 0) {
            throw new IllegalArgumentException("errorVerbatimChars must be >= 0, was " + errorVerbatimChars);
        }
        if (!(minSavings >= 0 && minSavings < 1)) {
            throw new IllegalArgumentException("minSavings must be within [0, 1), was " + minSavings);
        }
        Objects.requireNonNull(retrieveTool, "retrieveTool");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(ccrTtl, "ccrTtl");
        Objects.requireNonNull(cacheAlign, "cacheAlign");
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("deadline must be positive, was " + deadline);
        }
        if (ccrTtl.isNegative() || ccrTtl.isZero()) {
            throw new IllegalArgumentException("ccrTtl must be positive, was " + ccrTtl);
        }
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        protectedTools = Set.copyOf(protectedTools);
    }

    /**
     * The defaults. Claude Code's Read/Write/Edit family is protected because the Edit tool matches
     * file bytes exactly; Grep and Glob are not (they are the biggest results agents send, and the
     * search compressor states per file what it omitted).
     */
    public static Settings defaults() {
        return new Settings(500, 8_000, 0.15, EnumSet.allOf(ContentKind.class),
                Set.of("Read", "Write", "Edit", "MultiEdit", "NotebookEdit", "NotebookRead"),
                false, RetrieveToolPolicy.WHEN_CLIENT_HAS_TOOLS, Duration.ofMillis(50), Duration.ofMinutes(30),
                CacheAlign.REPORT);
    }

    public Settings withDeadline(Duration value) {
        return new Settings(minBlockChars, errorVerbatimChars, minSavings, kinds, protectedTools, compressSystem,
                retrieveTool, value, ccrTtl, cacheAlign);
    }

    public Settings withRetrieveTool(RetrieveToolPolicy value) {
        return new Settings(minBlockChars, errorVerbatimChars, minSavings, kinds, protectedTools, compressSystem,
                value, deadline, ccrTtl, cacheAlign);
    }

    public Settings withKinds(Set<ContentKind> value) {
        return new Settings(minBlockChars, errorVerbatimChars, minSavings, value, protectedTools, compressSystem,
                retrieveTool, deadline, ccrTtl, cacheAlign);
    }

    public Settings withMinBlockChars(int value) {
        return new Settings(value, errorVerbatimChars, minSavings, kinds, protectedTools, compressSystem,
                retrieveTool, deadline, ccrTtl, cacheAlign);
    }

    public Settings withCompressSystem(boolean value) {
        return new Settings(minBlockChars, errorVerbatimChars, minSavings, kinds, protectedTools, value,
                retrieveTool, deadline, ccrTtl, cacheAlign);
    }

    public Settings withErrorVerbatimChars(int value) {
        return new Settings(minBlockChars, value, minSavings, kinds, protectedTools, compressSystem,
                retrieveTool, deadline, ccrTtl, cacheAlign);
    }

    public Settings withMinSavings(double value) {
        return new Settings(minBlockChars, errorVerbatimChars, value, kinds, protectedTools, compressSystem,
                retrieveTool, deadline, ccrTtl, cacheAlign);
    }

    public Settings withProtectedTools(Set<String> value) {
        return new Settings(minBlockChars, errorVerbatimChars, minSavings, kinds, value, compressSystem,
                retrieveTool, deadline, ccrTtl, cacheAlign);
    }

    public Settings withCcrTtl(Duration value) {
        return new Settings(minBlockChars, errorVerbatimChars, minSavings, kinds, protectedTools, compressSystem,
                retrieveTool, deadline, value, cacheAlign);
    }

    public Settings withCacheAlign(CacheAlign value) {
        return new Settings(minBlockChars, errorVerbatimChars, minSavings, kinds, protectedTools, compressSystem,
                retrieveTool, deadline, ccrTtl, value);
    }

    /**
     * A stable fingerprint of everything that changes compressed bytes; decisions recorded under one
     * fingerprint are never reused under another.
     */
    public String fingerprint() {
        return "v1|" + minBlockChars + "|" + errorVerbatimChars + "|" + minSavings + "|" + new TreeSet<>(kinds)
                + "|" + new TreeSet<>(protectedTools) + "|" + compressSystem;
    }
}
