package ai.headroom.core.pipeline;

import ai.headroom.core.Settings;
import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.dialect.Slot;

/** Decides, before any compressor runs, how far a slot may be changed. */
final class Gate {

    /** How far a slot may be changed. */
    enum Mode { SKIP, LOSSLESS_ONLY, FULL }

    private Gate() {}

    static Mode of(Slot slot, Settings settings) {
        if (slot.origin() == Slot.Origin.SYSTEM && !settings.compressSystem()) {
            return Mode.SKIP;
        }
        String text = slot.text();
        if (text.length() < settings.minBlockChars()) {
            return Mode.SKIP;
        }
        // Already-compressed text (a client that talks to us through another Headroom) is never touched again.
        if (CcrMarker.isMarked(text)) {
            return Mode.SKIP;
        }
        if (slot.error() && text.length() <= settings.errorVerbatimChars()) {
            return Mode.SKIP;
        }
        if (!slot.toolName().isEmpty() && settings.protectedTools().contains(slot.toolName())) {
            return Mode.LOSSLESS_ONLY;
        }
        return Mode.FULL;
    }
}
