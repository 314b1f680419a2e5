package ai.headroom.core.compress.log;

import java.util.ArrayList;
import java.util.List;

/**
 * A log split into lines: the raw lines (a CRLF line keeps its {@code \r}, so kept lines come back
 * byte for byte), their {@code \r}-free views for matching, and how to join lines again.
 */
final class LogLines {

    private final String[] raw;
    private final String[] clean;
    private final boolean trailingNewline;
    private final boolean crlf;

    private LogLines(String[] raw, String[] clean, boolean trailingNewline, boolean crlf) {
        this.raw = raw;
        this.clean = clean;
        this.trailingNewline = trailingNewline;
        this.crlf = crlf;
    }

    /** Splits on {@code \n}; a final newline does not make an extra empty line. */
    static LogLines split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int nl;
        while ((nl = text.indexOf('\n', start)) >= 0) {
            lines.add(text.substring(start, nl));
            start = nl + 1;
        }
        boolean trailing = start == text.length() && !text.isEmpty();
        if (!trailing) {
            lines.add(text.substring(start));
        }
        String[] raw = lines.toArray(String[]::new);
        String[] clean = new String[raw.length];
        int crlfLines = 0;
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            boolean cr = !line.isEmpty() && line.charAt(line.length() - 1) == '\r';
            clean[i] = cr ? line.substring(0, line.length() - 1) : line;
            if (cr) {
                crlfLines++;
            }
        }
        return new LogLines(raw, clean, trailing, crlfLines * 2 > raw.length);
    }

    int size() {
        return raw.length;
    }

    /** The line exactly as it was, including a trailing {@code \r}. */
    String raw(int i) {
        return raw[i];
    }

    /** The line without a trailing {@code \r}. */
    String clean(int i) {
        return clean[i];
    }

    /** True when the input ended with a newline (the output then does too). */
    boolean trailingNewline() {
        return trailingNewline;
    }

    /** A line the compressor adds, ended like most of the input's lines so CRLF logs stay CRLF. */
    String added(String line) {
        return crlf ? line + "\r" : line;
    }
}
