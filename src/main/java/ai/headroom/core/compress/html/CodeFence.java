package ai.headroom.core.compress.html;

import java.util.Locale;
import org.jsoup.nodes.Element;

/** Turns a {@code <pre>} block into a fenced markdown code block whose body is the code, byte for byte. */
final class CodeFence {

    private CodeFence() {}

    static String of(Element pre) {
        Element code = pre.childrenSize() == 1 && pre.child(0).nameIs("code") ? pre.child(0) : pre;
        String text = code.wholeText();
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        String fence = "`".repeat(Math.max(3, longestRun(text, '`') + 1));
        String lang = language(code);
        if (lang.isEmpty() && code != pre) {
            lang = language(pre);
        }
        return fence + lang + "\n" + text + "\n" + fence;
    }

    /** The x of a {@code language-x} or {@code lang-x} class, as highlighters and markdown renderers write it. */
    static String language(Element el) {
        for (String c : el.classNames()) {
            String lower = c.toLowerCase(Locale.ROOT);
            if (lower.startsWith("language-") && lower.length() > 9) {
                return c.substring(9);
            }
            if (lower.startsWith("lang-") && lower.length() > 5) {
                return c.substring(5);
            }
        }
        return "";
    }

    static int longestRun(String s, char ch) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == ch ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }
}
