package ai.headroom.core.compress.html;

/** Joins rendered markdown blocks: a blank line between blocks, a single newline between adjacent list items. */
final class MarkdownBlocks {

    private final StringBuilder out = new StringBuilder();
    private boolean lastTight;

    /**
     * @param block  the block's text
     * @param tight  true for list items, which sit on consecutive lines
     * @param prefix put before every line (blockquote markers), "" for none
     */
    void add(String block, boolean tight, String prefix) {
        if (!out.isEmpty()) {
            out.append(tight && lastTight ? "\n" : "\n\n");
        }
        if (prefix.isEmpty()) {
            out.append(block);
        } else {
            out.append(prefix).append(block.replace("\n", "\n" + prefix));
        }
        lastTight = tight;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
