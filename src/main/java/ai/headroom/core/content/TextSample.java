package ai.headroom.core.content;

import java.util.ArrayList;
import java.util.List;

/** The first lines of a text, bounded in count and size, that the line-based detectors look at. */
final class TextSample {

    /** Line heuristics stabilise well before this; sampling keeps detection O(1) on huge inputs. */
    static final int MAX_LINES = 200;
    static final int MAX_CHARS = 64 * 1024;
    /** Signals sit at the start or end of a line; very long lines are clipped to stay cheap. */
    static final int MAX_LINE = 512;

    private final List<String> lines;
    private final int nonBlank;
    private final int controlChars;
    private final int scannedChars;

    private TextSample(List<String> lines, int nonBlank, int controlChars, int scannedChars) {
        this.lines = lines;
        this.nonBlank = nonBlank;
        this.controlChars = controlChars;
        this.scannedChars = scannedChars;
    }

    static TextSample of(String text) {
        List<String> lines = new ArrayList<>();
        int limit = Math.min(text.length(), MAX_CHARS);
        int start = 0;
        int nonBlank = 0;
        int control = 0;
        int i = 0;
        for (; i < limit && lines.size() < MAX_LINES; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                nonBlank += add(lines, text, start, i);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            } else if (c < 0x20 && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (start < i && lines.size() < MAX_LINES) {
            nonBlank += add(lines, text, start, i);
        }
        return new TextSample(List.copyOf(lines), nonBlank, control, Math.max(i, 1));
    }

    private static int add(List<String> lines, String text, int start, int end) {
        String line = text.substring(start, Math.min(end, start + MAX_LINE));
        lines.add(line);
        return line.isBlank() ? 0 : 1;
    }

    List<String> lines() {
        return lines;
    }

    /** Lines with something other than whitespace; the denominator of every share. */
    int nonBlank() {
        return nonBlank;
    }

    /** Share of the scanned characters that are control characters, i.e. likely binary. */
    double controlShare() {
        return controlChars / (double) scannedChars;
    }
}
