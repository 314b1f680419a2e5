package ai.headroom.core.content;

import java.util.Locale;
import java.util.Set;

/** Scores how much a text looks like HTML: a doctype or html root, or a high density of HTML tags. */
final class HtmlDetector {

    private static final Set<String> HTML_TAGS = Set.of(
            "html", "head", "body", "title", "meta", "link", "script", "style", "div", "span", "p", "a", "img",
            "ul", "ol", "li", "table", "thead", "tbody", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
            "nav", "header", "footer", "main", "section", "article", "aside", "form", "input", "button", "label",
            "select", "option", "textarea", "br", "hr", "pre", "code", "em", "strong", "b", "i", "small", "iframe",
            "svg", "path", "noscript", "figure", "figcaption", "blockquote", "dl", "dt", "dd", "details",
            "summary", "template", "video", "source", "picture");

    private HtmlDetector() {
    }

    static double score(TextSample sample) {
        String head = firstNonBlankLine(sample);
        String lower = head.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html")) {
            return 0.98;
        }
        if (lower.startsWith("<html")) {
            return 0.95;
        }
        int htmlTags = 0;
        int tagLines = 0;
        int tagChars = 0;
        int chars = 0;
        for (String line : sample.lines()) {
            if (line.isBlank()) {
                continue;
            }
            chars += line.length();
            if (Lines.firstNonBlank(line) == '<') {
                tagLines++;
            }
            int at = line.indexOf('<');
            while (at >= 0 && at + 1 < line.length()) {
                int nameStart = line.charAt(at + 1) == '/' ? at + 2 : at + 1;
                int nameEnd = nameStart;
                while (nameEnd < line.length() && (Lines.isAsciiLetter(line.charAt(nameEnd))
                        || (nameEnd > nameStart && Lines.isDigit(line.charAt(nameEnd))))) {
                    nameEnd++;
                }
                int close = line.indexOf('>', nameEnd);
                if (nameEnd > nameStart && close > 0
                        && HTML_TAGS.contains(line.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT))) {
                    htmlTags++;
                    tagChars += close - at + 1;
                    at = line.indexOf('<', close);
                } else {
                    at = line.indexOf('<', at + 1);
                }
            }
        }
        if (htmlTags < 5) {
            return 0;
        }
        double lineShare = tagLines / (double) Math.max(1, sample.nonBlank());
        double density = tagChars / (double) Math.max(1, chars);
        double signal = Math.max(lineShare, Math.min(1, density * 2));
        return signal < 0.4 ? signal : Math.min(0.92, 0.5 + 0.45 * signal);
    }

    private static String firstNonBlankLine(TextSample sample) {
        for (String line : sample.lines()) {
            if (!line.isBlank()) {
                return Lines.trimLeft(line);
            }
        }
        return "";
    }
}
