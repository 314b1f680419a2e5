package ai.headroom.core.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cuts a text into pieces at structural boundaries: markdown code fences, multi-line JSON values
 * embedded in other output, and blank-line paragraph breaks. Pieces tile the text exactly.
 */
final class Segmenter {

    /** An embedded JSON value must be this long (or span 3+ lines) to be worth its own section. */
    private static final int MIN_JSON_CHARS = 200;
    private static final int MIN_JSON_LINES_CHARS = 120;
    /** About this many soft pieces at most, whatever the input size. */
    private static final int MAX_PIECES = 2000;

    private static final Map<String, String> FENCE_LANGUAGES = Map.ofEntries(
            Map.entry("python", "python"), Map.entry("py", "python"), Map.entry("python3", "python"),
            Map.entry("javascript", "javascript"), Map.entry("js", "javascript"), Map.entry("jsx", "javascript"),
            Map.entry("mjs", "javascript"), Map.entry("typescript", "typescript"), Map.entry("ts", "typescript"),
            Map.entry("tsx", "typescript"), Map.entry("go", "go"), Map.entry("golang", "go"),
            Map.entry("rust", "rust"), Map.entry("rs", "rust"), Map.entry("java", "java"), Map.entry("c", "c"),
            Map.entry("h", "c"), Map.entry("cpp", "cpp"), Map.entry("c++", "cpp"), Map.entry("cc", "cpp"),
            Map.entry("cxx", "cpp"), Map.entry("hpp", "cpp"));

    private static final List<String> DIFF_HEADERS = List.of(
            "diff ", "index ", "Binary files ", "similarity ", "rename ", "new ", "deleted ", "old mode ", "copy ");

    private final String text;
    private final ContentRouter router;
    private final JsonSpanScanner scanner;
    private final List<Piece> pieces = new ArrayList<>();
    /** Smallest paragraph or fenced body worth a piece; grows on huge inputs to bound the piece count. */
    private final int minPiece;
    private int softStart;

    private Segmenter(String text, ContentRouter router) {
        this.text = text;
        this.router = router;
        this.scanner = new JsonSpanScanner(4L * text.length() + 4096);
        this.minPiece = Math.max(SectionSplitter.TINY_CHARS, text.length() / MAX_PIECES);
    }

    /** Pieces in order; soft pieces carry a null detection for the caller to fill in. */
    static List<Piece> segment(String text, ContentRouter router) {
        Segmenter segmenter = new Segmenter(text, router);
        segmenter.run();
        return segmenter.pieces;
    }

    private void run() {
        int pos = 0;
        boolean previousBlank = false;
        boolean previousDiffLine = false;
        while (pos < text.length()) {
            int lineEnd = lineEnd(pos);
            int first = firstNonBlank(pos, lineEnd);
            boolean blank = first < 0;
            if (!blank && first - pos <= 3 && (text.charAt(first) == '`' || text.charAt(first) == '~')) {
                String line = text.substring(pos, Math.min(lineEnd, pos + TextSample.MAX_LINE));
                String fence = fenceOpening(line);
                if (fence != null) {
                    pos = fencedBlock(pos, lineEnd, line, fence);
                    previousBlank = false;
                    continue;
                }
            }
            int json = blank || scanner.exhausted() ? -1 : jsonCandidate(first, lineEnd);
            if (json >= 0) {
                int end = embeddedJsonEnd(json);
                if (end > 0) {
                    closeSoft(json);
                    pieces.add(new Piece(json, end, new Detection(ContentKind.JSON, "", 1.0), true));
                    softStart = end;
                    pos = end;
                    previousBlank = false;
                    continue;
                }
            }
            if (!blank) {
                // A paragraph break starts a new piece only once the current one is big enough to stand
                // alone; this bounds the number of pieces (and detections) whatever the input.
                boolean diffHeader = text.startsWith("diff --git ", pos);
                if (previousBlank && pos - softStart >= minPiece || diffHeader && !previousDiffLine) {
                    closeSoft(pos);
                }
                previousDiffLine = isDiffLine(pos);
            }
            previousBlank = blank;
            pos = lineEnd;
        }
        closeSoft(text.length());
    }

    private int firstNonBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Prose followed directly by "diff --git" is cut there; a diff's own next file header is not. */
    private boolean isDiffLine(int pos) {
        char c = text.charAt(pos);
        if (c == ' ' || c == '+' || c == '-' || c == '@' || c == '\\') {
            return true;
        }
        for (String header : DIFF_HEADERS) {
            if (text.startsWith(header, pos)) {
                return true;
            }
        }
        return false;
    }

    /** Emits the pending soft piece [softStart, end) if it is not empty. */
    private void closeSoft(int end) {
        if (end > softStart) {
            pieces.add(new Piece(softStart, end, null, false));
            softStart = end;
        }
    }

    private int lineEnd(int pos) {
        int nl = text.indexOf('\n', pos);
        return nl < 0 ? text.length() : nl + 1;
    }

    /** The fence marker (``` or ~~~, possibly longer) when the line opens a fenced block, else null. */
    private static String fenceOpening(String line) {
        int indent = 0;
        while (indent < line.length() && indent < 4 && line.charAt(indent) == ' ') {
            indent++;
        }
        if (indent > 3 || indent + 3 > line.length()) {
            return null;
        }
        char c = line.charAt(indent);
        if (c != '`' && c != '~') {
            return null;
        }
        int n = indent;
        while (n < line.length() && line.charAt(n) == c) {
            n++;
        }
        return n - indent >= 3 ? line.substring(indent, n) : null;
    }

    /** Makes the fence's content a hard piece; the fence lines stay in the surrounding soft text. */
    private int fencedBlock(int openStart, int openEnd, String openLine, String fence) {
        String info = openLine.strip().substring(fence.length()).strip();
        int pos = openEnd;
        while (pos < text.length()) {
            int lineEnd = lineEnd(pos);
            String line = text.substring(pos, Math.min(lineEnd, pos + TextSample.MAX_LINE)).strip();
            if (line.startsWith(fence) && line.chars().allMatch(ch -> ch == fence.charAt(0))) {
                break;
            }
            pos = lineEnd;
        }
        // A body too small to be its own section stays in the surrounding text.
        if (pos - openEnd >= minPiece / 2) {
            closeSoft(openStart);
            // the opening fence line belongs to the text before the block
            pieces.add(new Piece(openStart, openEnd, null, false));
            pieces.add(new Piece(openEnd, pos, fenceDetection(info, text.substring(openEnd, pos)), true));
            softStart = pos;
        }
        return pos < text.length() ? lineEnd(pos) : pos;
    }

    private Detection fenceDetection(String info, String body) {
        String word = info.isEmpty() ? "" : info.split("[\\s{,]", 2)[0].toLowerCase(Locale.ROOT);
        String language = FENCE_LANGUAGES.get(word);
        if (language != null) {
            return new Detection(ContentKind.CODE, language, 0.95);
        }
        return router.detect(body);
    }

    /** Position of a '{' or '[' that starts the line, or ends it (a payload announced by a log line). */
    private int jsonCandidate(int first, int lineEnd) {
        int i = first;
        if (i < lineEnd && (text.charAt(i) == '{' || text.charAt(i) == '[')) {
            return i;
        }
        int j = lineEnd - 1;
        while (j > i && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j > i && (text.charAt(j) == '{' || text.charAt(j) == '[') ? j : -1;
    }

    /** End of a valid, big-enough JSON value starting at {@code start} (plus trailing blanks of its line), or -1. */
    private int embeddedJsonEnd(int start) {
        int end = scanner.endOf(text, start);
        if (end < 0) {
            return -1;
        }
        int newlines = 0;
        for (int i = start; i < end && newlines < 2; i++) {
            if (text.charAt(i) == '\n') {
                newlines++;
            }
        }
        int length = end - start;
        if (length < Math.max(MIN_JSON_LINES_CHARS, minPiece / 2) || newlines < 2 && length < MIN_JSON_CHARS) {
            return -1;
        }
        if (!JsonDetector.isValid(text.substring(start, end))) {
            return -1;
        }
        int tail = end;
        while (tail < text.length() && (text.charAt(tail) == ' ' || text.charAt(tail) == '\t'
                || text.charAt(tail) == '\r')) {
            tail++;
        }
        if (tail < text.length() && text.charAt(tail) == '\n') {
            return tail + 1;
        }
        return tail == text.length() ? tail : end;
    }
}
