package ai.headroom.core.cache;

import ai.headroom.core.cache.VolatileValue.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds values in a text that differ from one request to the next (dates, times, ids, commits). */
final class VolatileScanner {

    /** A volatile value's place in the scanned text. */
    record Hit(Kind kind, int start, int end, int line) {}

    private static final String HEX = "[0-9a-fA-F]";
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";

    /** Precedence follows {@link Kind}'s order: a UUID is not also reported as hex ids. */
    private static final Map<Kind, Pattern> PATTERNS = new EnumMap<>(Kind.class);

    static {
        PATTERNS.put(Kind.UUID, Pattern.compile("\\b" + HEX + "{8}-" + HEX + "{4}-" + HEX + "{4}-" + HEX + "{4}-"
                + HEX + "{12}\\b"));
        PATTERNS.put(Kind.GIT_SHA, Pattern.compile("\\b[0-9a-f]{40}\\b"));
        PATTERNS.put(Kind.ISO_DATE, Pattern.compile("\\b\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])"
                + "(?:[T ](?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?\\b"));
        PATTERNS.put(Kind.TEXT_DATE, Pattern.compile("\\b" + MONTH + " \\d{1,2},? \\d{4}\\b|\\b\\d{1,2} " + MONTH
                + ",? \\d{4}\\b"));
        PATTERNS.put(Kind.REQUEST_ID, Pattern.compile(
                "\\b(?:req|request|msg|trace|span|session|run|conv|chatcmpl|resp)[_-][A-Za-z0-9]{10,}\\b"));
        PATTERNS.put(Kind.HEX_ID, Pattern.compile("\\b" + HEX + "{16,}\\b"));
        PATTERNS.put(Kind.SHORT_SHA, Pattern.compile(
                "(?m)^[0-9a-f]{7,12}(?= )|(?i)\\b(?<=commit |sha |sha: |head |head: |revision )[0-9a-f]{7,12}\\b"));
        PATTERNS.put(Kind.UNIX_TIME, Pattern.compile("\\b1[5-9]\\d{8}(?:\\d{3})?\\b"));
        PATTERNS.put(Kind.CLOCK_TIME, Pattern.compile("\\b(?:[01]?\\d|2[0-3]):[0-5]\\d:[0-5]\\d\\b"));
    }

    /** Lines that state the date or time in words the patterns above may not catch. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?i)\\b(?:today'?s date|today is|current (?:date|time)|the date is|date and time|local time)\\b");

    private VolatileScanner() {}

    /** Every volatile value in {@code text}, in text order, without overlaps. */
    static List<Hit> scan(String text) {
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<Kind, Pattern> e : PATTERNS.entrySet()) {
            Matcher m = e.getValue().matcher(text);
            while (m.find()) {
                if (plausible(e.getKey(), m.group()) && !overlaps(hits, m.start(), m.end())) {
                    hits.add(new Hit(e.getKey(), m.start(), m.end(), 0));
                }
            }
        }
        Matcher m = DATE_LINE.matcher(text);
        while (m.find()) {
            int lineEnd = lineEnd(text, m.start());
            if (!overlaps(hits, lineStart(text, m.start()), lineEnd)) {
                hits.add(new Hit(Kind.DATE_LINE, m.start(), lineEnd, 0));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        List<Hit> numbered = new ArrayList<>(hits.size());
        int line = 1;
        int at = 0;
        for (Hit h : hits) {
            for (; at < h.start(); at++) {
                line += text.charAt(at) == '\n' ? 1 : 0;
            }
            numbered.add(new Hit(h.kind(), h.start(), h.end(), line));
        }
        return numbered;
    }

    /** Hex runs and short SHAs made only of letters are words ("deadbeef"), not ids. */
    private static boolean plausible(Kind kind, String value) {
        if (kind != Kind.HEX_ID && kind != Kind.SHORT_SHA) {
            return true;
        }
        boolean digit = false;
        boolean letter = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            digit |= Character.isDigit(c);
            letter |= Character.isLetter(c);
        }
        return digit && (letter || kind == Kind.HEX_ID && value.length() >= 20);
    }

    private static boolean overlaps(List<Hit> hits, int start, int end) {
        for (Hit h : hits) {
            if (start < h.end() && h.start() < end) {
                return true;
            }
        }
        return false;
    }

    static int lineStart(String text, int at) {
        return text.lastIndexOf('\n', at - 1) + 1;
    }

    static int lineEnd(String text, int at) {
        int nl = text.indexOf('\n', at);
        return nl < 0 ? text.length() : nl;
    }
}
