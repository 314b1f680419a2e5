package ai.headroom.core.content;

/** The kinds of content the router tells apart; each kind has at most one compressor. */
public enum ContentKind {
    JSON, CODE, LOG, SEARCH, DIFF, HTML, TEXT;

    /** Lower-case name used in reports, stats and the bench table. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
