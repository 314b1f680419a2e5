package ai.headroom.core.compress.code;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shrinks a multi-line docstring or block comment to one line holding its first line of content. */
final class DocSummary {

    private static final Pattern DOCSTRING_OPENER = Pattern.compile("^[rRuUbBfF]{0,2}(\"\"\"|''')");

    private DocSummary() {}

    /**
     * A Python docstring on rows {@code first..last} as {@code """First line."""}, keeping its
     * indentation and prefix; empty when it is not a triple-quoted string.
     */
    static Optional<String> docstring(SourceLines lines, int first, int last) {
        String head = lines.row(first).strip();
        Matcher opener = DOCSTRING_OPENER.matcher(head);
        if (!opener.find()) {
            return Optional.empty();
        }
        String quote = opener.group(1);
        String content = firstContent(lines, first, last, head.substring(opener.end()), quote);
        return Optional.of(lines.indent(first) + opener.group() + content + quote);
    }

    /**
     * A block comment ({@code /* … *}{@code /}, {@code /** … *}{@code /}) on rows {@code first..last} as
     * one line; empty when the rows do not hold just that comment.
     */
    static Optional<String> blockComment(SourceLines lines, int first, int last) {
        String head = lines.row(first).strip();
        if (!head.startsWith("/*") || !lines.row(last).strip().endsWith("*/")) {
            return Optional.empty();
        }
        String opener = head.startsWith("/**") || head.startsWith("/*!") ? head.substring(0, 3) : "/*";
        String content = firstContent(lines, first, last, head.substring(opener.length()), "*/");
        return Optional.of(lines.indent(first) + opener + (content.isEmpty() ? "" : " " + content) + " */");
    }

    /** The first non-empty line of content, without comment decoration and without the closing delimiter. */
    private static String firstContent(SourceLines lines, int first, int last, String restOfHead, String closer) {
        for (int row = first; row <= last; row++) {
            String text = row == first ? restOfHead : lines.row(row).strip();
            int close = text.indexOf(closer);
            if (close >= 0) {
                text = text.substring(0, close);
            }
            text = (closer.equals("*/") ? stripStars(text) : text).strip();
            if (!text.isEmpty() || close >= 0 && row > first) {
                return text;
            }
        }
        return "";
    }

    private static String stripStars(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == '*') {
            start++;
        }
        return text.substring(start);
    }
}
