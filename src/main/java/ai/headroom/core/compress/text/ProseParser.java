package ai.headroom.core.compress.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits prose (plain or markdown) into units: sentences of paragraphs, list items, headings, and verbatim
 * blocks (fenced or indented code, tables, rules) that must come through untouched.
 */
final class ProseParser {

    private final String text;
    private final List<Unit> units = new ArrayList<>();
    private int block;
    private int paraStart = -1;
    private int paraEnd;
    private int itemStart = -1;
    private int itemEnd;

    private ProseParser(String text) {
        this.text = text;
    }

    static List<Unit> parse(String text) {
        ProseParser p = new ProseParser(text);
        p.run();
        return p.units;
    }

    private void run() {
        int n = text.length();
        int pos = 0;
        while (pos < n) {
            int lineEnd = text.indexOf('\n', pos);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int first = pos;
            while (first < lineEnd && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
                first++;
            }
            int contentEnd = lineEnd > pos && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
            int indent = 0;
            for (int k = pos; k < first; k++) {
                indent += text.charAt(k) == '\t' ? 4 : 1;
            }
            if (first == contentEnd) {
                closeOpen();
            } else if (indent < 4 && (text.startsWith("```", first) || text.startsWith("~~~", first))) {
                closeOpen();
                lineEnd = fenceEnd(first, lineEnd);
                add(pos, trimEnd(pos, lineEnd), Unit.Kind.VERBATIM);
            } else if (indent < 4 && isHeading(first, contentEnd)) {
                closeOpen();
                add(first, trimEnd(first, contentEnd), Unit.Kind.HEADING);
            } else if (indent < 4 && (text.charAt(first) == '|' || isRule(first, contentEnd))) {
                closeOpen();
                add(pos, trimEnd(pos, contentEnd), Unit.Kind.VERBATIM);
            } else if (isListMarker(first, contentEnd)) {
                closeOpen();
                itemStart = pos;
                itemEnd = contentEnd;
            } else if (itemStart >= 0) {
                itemEnd = contentEnd; // continuation of the open list item
            } else if (indent >= 4 && paraStart < 0) {
                add(pos, trimEnd(pos, contentEnd), Unit.Kind.VERBATIM);
            } else {
                if (paraStart < 0) {
                    paraStart = first;
                }
                paraEnd = contentEnd;
            }
            pos = lineEnd + 1;
        }
        closeOpen();
    }

    private void closeOpen() {
        if (itemStart >= 0) {
            add(itemStart, trimEnd(itemStart, itemEnd), Unit.Kind.LIST_ITEM);
            itemStart = -1;
        }
        if (paraStart >= 0) {
            int firstSentence = units.size();
            SentenceSplitter.split(text, paraStart, paraEnd, (s, e) -> {
                units.add(new Unit(block, s, e, Unit.Kind.SENTENCE, units.size() == firstSentence, false));
                return 0;
            });
            if (units.size() > firstSentence) { // the last sentence learns it is last only once the paragraph ends
                Unit last = units.get(units.size() - 1);
                units.set(units.size() - 1,
                        new Unit(block, last.start(), last.end(), Unit.Kind.SENTENCE, last.first(), true));
            }
            block++;
            paraStart = -1;
        }
    }

    private void add(int start, int end, Unit.Kind kind) {
        units.add(new Unit(block++, start, end, kind, true, true));
    }

    /** End of the line that closes a code fence opened at {@code open}, or the end of the text. */
    private int fenceEnd(int open, int lineEnd) {
        String fence = text.substring(open, open + 3);
        int pos = lineEnd + 1;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            end = end < 0 ? text.length() : end;
            if (text.substring(pos, end).strip().startsWith(fence)) {
                return end;
            }
            pos = end + 1;
        }
        return text.length();
    }

    private boolean isHeading(int first, int end) {
        int k = first;
        while (k < end && text.charAt(k) == '#') {
            k++;
        }
        int level = k - first;
        return level >= 1 && level <= 6 && (k == end || text.charAt(k) == ' ');
    }

    /** "---", "***", "___" on their own: a thematic break (also the separator between mails in a thread). */
    private boolean isRule(int first, int end) {
        char c = text.charAt(first);
        if (c != '-' && c != '*' && c != '_') {
            return false;
        }
        int count = 0;
        for (int k = first; k < end; k++) {
            char ch = text.charAt(k);
            if (ch == c) {
                count++;
            } else if (ch != ' ') {
                return false;
            }
        }
        return count >= 3;
    }

    /** "- x", "* x", "+ x", "1. x", "2) x". */
    private boolean isListMarker(int first, int end) {
        char c = text.charAt(first);
        if ((c == '-' || c == '*' || c == '+') && first + 1 < end && text.charAt(first + 1) == ' ') {
            return true;
        }
        int k = first;
        while (k < end && k - first < 4 && Character.isDigit(text.charAt(k))) {
            k++;
        }
        return k > first && k + 1 < end && (text.charAt(k) == '.' || text.charAt(k) == ')') && text.charAt(k + 1) == ' ';
    }

    private int trimEnd(int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
