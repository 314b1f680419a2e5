package ai.headroom.core.cache;

import java.util.Objects;

/**
 * A value in the cached prefix that changes between requests (a date, an id, a commit…).
 *
 * @param kind    what it looks like
 * @param pointer JSON pointer of the string holding it
 * @param line    1-based line within that string
 * @param sample  the value itself, cut to {@link #MAX_SAMPLE} characters
 */
public record VolatileValue(Kind kind, String pointer, int line, String sample) {

    public static final int MAX_SAMPLE = 60;

    /** What was found; the order is the order of precedence when two patterns overlap. */
    public enum Kind { UUID, GIT_SHA, ISO_DATE, TEXT_DATE, REQUEST_ID, HEX_ID, SHORT_SHA, UNIX_TIME, CLOCK_TIME, DATE_LINE }

    public VolatileValue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pointer, "pointer");
        sample = sample.length() > MAX_SAMPLE ? sample.substring(0, MAX_SAMPLE) : sample;
    }
}
