package ai.headroom.core.cache;

import ai.headroom.core.cache.VolatileValue.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds values in a text that differ from one request to the next (dates, times, ids, commits). */
final class VolatileScanner {

    /** A volatile value's place in the scanned text. */
    record Hit(Kind kind, int start, int end, int line) {}

    private static final String HEX = "[0-9a-fA-F]";
    /** A capitalised word; {@link #plausible} checks it names a month (an alternation here is slow). */
    private static final String MONTH = "[JFMASOND][a-z]{2,8}\\.?";
    private static final Set<String> MONTHS =
            Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /** Precedence follows {@link Kind}'s order: a UUID is not also reported as hex ids. */
    private static final Map<Kind, Pattern> PATTERNS = new EnumMap<>(Kind.class);

    static {
        PATTERNS.put(Kind.UUID, Pattern.compile("\\b" + HEX + "{8}-" + HEX + "{4}-" + HEX + "{4}-" + HEX + "{4}-"
                + HEX + "{12}\\b"));
        PATTERNS.put(Kind.GIT_SHA, Pattern.compile("\\b[0-9a-f]{40}\\b"));
        PATTERNS.put(Kind.ISO_DATE, Pattern.compile("\\b\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])"
                + "(?:[T ](?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?\\b"));
        PATTERNS.put(Kind.TEXT_DATE, Pattern.compile("\\b(?:" + MONTH + " \\d{1,2},? \\d{4}|\\d{1,2} " + MONTH
                + ",? \\d{4})\\b"));
        PATTERNS.put(Kind.REQUEST_ID, Pattern.compile(
                "\\b(?:req|request|msg|trace|span|session|run|conv|chatcmpl|resp)[_-][A-Za-z0-9]{10,}\\b"));
        PATTERNS.put(Kind.HEX_ID, Pattern.compile("\\b" + HEX + "{16,}\\b"));
        PATTERNS.put(Kind.SHORT_SHA, Pattern.compile(
                "^[0-9a-f]{7,12}(?= )|\\b(?:[Cc]ommit|SHA|sha|HEAD|[Hh]ead|[Rr]evision):? ([0-9a-f]{7,12})\\b"));
        PATTERNS.put(Kind.UNIX_TIME, Pattern.compile("\\b1[5-9]\\d{8}(?:\\d{3})?\\b"));
        PATTERNS.put(Kind.CLOCK_TIME, Pattern.compile("\\b(?:[01]?\\d|2[0-3]):[0-5]\\d:[0-5]\\d\\b"));
    }

    /** Words that open a line stating the date or time in a form the patterns above may not catch. */
    private static final List<String> DATE_WORDS =
            List.of("today", "current date", "current time", "the date is", "date and time", "local time");
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?i)\\b(?:today'?s date|today is|current (?:date|time)|the date is|date and time|local time)\\b");

    private VolatileScanner() {}

    /**
     * Every volatile value in {@code text}, in text order, without overlaps. Only lines holding a digit
     * go through the patterns and only lines holding a date word through the date-line check: system
     * prompts are mostly prose, and this keeps a 100 KB prompt to a few milliseconds.
     */
    static List<Hit> scan(String text) {
        List<Hit> hits = new ArrayList<>();
        List<Matcher> matchers = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>(PATTERNS.keySet());
        for (Pattern p : PATTERNS.values()) {
            matchers.add(p.matcher(text));
        }
        Set<Integer> dateLines = dateWordLines(text);
        int line = 1;
        for (int start = 0; start <= text.length(); line++) {
            int end = lineEnd(text, start);
            if (hasDigit(text, start, end)) {
                List<Hit> onLine = new ArrayList<>();
                for (int k = 0; k < matchers.size(); k++) {
                    Matcher m = matchers.get(k).region(start, end);
                    while (m.find()) {
                        int g = m.groupCount() > 0 && m.group(1) != null ? 1 : 0;
                        if (plausible(kinds.get(k), m.group(g)) && !overlaps(onLine, m.start(g), m.end(g))) {
                            onLine.add(new Hit(kinds.get(k), m.start(g), m.end(g), line));
                        }
                    }
                }
                onLine.sort(Comparator.comparingInt(Hit::start));
                hits.addAll(onLine);
            }
            if (dateLines.contains(start) && (hits.isEmpty() || hits.get(hits.size() - 1).line() != line)) {
                Matcher m = DATE_LINE.matcher(text).region(start, end);
                if (m.find()) {
                    hits.add(new Hit(Kind.DATE_LINE, m.start(), end, line));
                }
            }
            start = end + 1;
        }
        return hits;
    }

    /** Starts of the lines that contain a date word, found with plain substring search. */
    private static Set<Integer> dateWordLines(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<Integer> starts = new HashSet<>();
        for (String word : DATE_WORDS) {
            for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                starts.add(lineStart(text, at));
            }
        }
        return starts;
    }

    private static boolean hasDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Hex runs and short SHAs made only of letters are words ("deadbeef"), not ids. */
    private static boolean plausible(Kind kind, String value) {
        if (kind == Kind.TEXT_DATE) {
            String word = Character.isDigit(value.charAt(0)) ? value.substring(value.indexOf(' ') + 1) : value;
            return MONTHS.contains(word.substring(0, 3).toLowerCase(Locale.ROOT));
        }
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
