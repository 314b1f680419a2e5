package ai.headroom.core.compress.text;

/**
 * One selectable or fixed piece of a prose document: a sentence, a list item, a heading or a verbatim block.
 *
 * @param block index of the block (paragraph, list item, heading, code, table) it belongs to
 * @param start offset of its first character in the original text
 * @param end   offset just past its last character
 * @param kind  what it is
 * @param first true for the first sentence of a paragraph
 * @param last  true for the last sentence of a paragraph
 */
record Unit(int block, int start, int end, Kind kind, boolean first, boolean last) {

    enum Kind {
        SENTENCE, LIST_ITEM, HEADING, VERBATIM;

        /** Headings and verbatim blocks (code, tables) are structure: always kept, never scored. */
        boolean selectable() {
            return this == SENTENCE || this == LIST_ITEM;
        }
    }

    Unit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    String text(String source) {
        return source.substring(start, end);
    }
}
