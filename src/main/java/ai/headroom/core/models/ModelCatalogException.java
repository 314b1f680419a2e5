package ai.headroom.core.models;

/** A model table that cannot be used; the message names the file and line. */
public final class ModelCatalogException extends RuntimeException {

    private final String source;
    private final int line;

    public ModelCatalogException(String source, int line, String reason, Throwable cause) {
        super(source + (line > 0 ? ":" + line : "") + ": " + reason, cause);
        this.source = source;
        this.line = line;
    }

    /** The file (or resource) that was read. */
    public String source() {
        return source;
    }

    /** 1-based line of the problem; 0 when unknown. */
    public int line() {
        return line;
    }
}
