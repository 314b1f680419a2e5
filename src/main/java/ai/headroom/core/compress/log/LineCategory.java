package ai.headroom.core.compress.log;

/** What a log line is, for counting omitted lines; declared in the order omission lines list them. */
enum LineCategory {
    ERROR("ERROR"),
    WARN("WARN"),
    INFO("INFO"),
    DEBUG("DEBUG"),
    STACK("stack frames"),
    OTHER("other");

    private final String label;

    LineCategory(String label) {
        this.label = label;
    }

    /** The word used in omission lines, e.g. {@code 12 WARN}. */
    String label() {
        return label;
    }
}
