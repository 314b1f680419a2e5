package ai.headroom.core.content;

/**
 * A span [start, end) of the text being split, with its detection once known. Hard pieces (fenced
 * code, embedded JSON) come from structure rather than heuristics and are never re-labelled.
 */
final class Piece {

    final int start;
    int end;
    Detection detection;
    final boolean hard;

    Piece(int start, int end, Detection detection, boolean hard) {
        this.start = start;
        this.end = end;
        this.detection = detection;
        this.hard = hard;
    }

    int length() {
        return end - start;
    }

    ContentKind kind() {
        return detection.kind();
    }
}
