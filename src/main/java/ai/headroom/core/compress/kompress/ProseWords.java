package ai.headroom.core.compress.kompress;

import java.util.ArrayList;
import java.util.List;

/**
 * Prose split into whitespace-separated words, each tagged with its paragraph (paragraphs are
 * separated by a blank line).
 *
 * @param words     the words in order
 * @param paragraph paragraph number of each word, non-decreasing
 */
record ProseWords(List<String> words, int[] paragraph) {

    /** Splits with a char scan: prose can be large and a regex split allocates more. */
    static ProseWords of(String text) {
        List<String> words = new ArrayList<>();
        List<Integer> paragraphs = new ArrayList<>();
        int para = 0;
        int newlinesInGap = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c == '\n') {
                    newlinesInGap++;
                }
                i++;
                continue;
            }
            if (newlinesInGap >= 2 && !words.isEmpty()) {
                para++;
            }
            newlinesInGap = 0;
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            words.add(text.substring(start, i));
            paragraphs.add(para);
        }
        int[] p = new int[paragraphs.size()];
        for (int k = 0; k < p.length; k++) {
            p[k] = paragraphs.get(k);
        }
        return new ProseWords(List.copyOf(words), p);
    }

    int size() {
        return words.size();
    }

    /** Kept words joined by single spaces, paragraphs by a blank line; paragraphs left empty disappear. */
    String render(boolean[] keep) {
        StringBuilder out = new StringBuilder();
        int lastPara = -1;
        for (int i = 0; i < words.size(); i++) {
            if (!keep[i]) {
                continue;
            }
            if (lastPara >= 0) {
                out.append(paragraph[i] != lastPara ? "\n\n" : " ");
            }
            out.append(words.get(i));
            lastPara = paragraph[i];
        }
        return out.toString();
    }
}
