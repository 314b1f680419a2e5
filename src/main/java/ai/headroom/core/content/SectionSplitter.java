package ai.headroom.core.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the pieces of a mixed text into sections: detects each soft piece, lets a dominant kind
 * absorb small or unsure neighbours, merges same-kind neighbours and folds tiny pieces into others.
 */
final class SectionSplitter {

    /** Below this a piece is noise rather than a section of its own. */
    static final int TINY_CHARS = 200;
    static final int TINY_LINES = 3;
    /** A soft piece this big and this sure of a different kind keeps its own section. */
    private static final int DISTINCT_CHARS = 500;
    private static final double SURE = 0.7;
    private static final double DOMINANT_SHARE = 0.6;

    private final ContentRouter router;

    SectionSplitter(ContentRouter router) {
        this.router = router;
    }

    /** Sections of {@code text}, whose whole-text detection the router has already made. */
    List<Section> split(String text, Detection whole) {
        if (text.length() < 2 * TINY_CHARS || whole.kind() == ContentKind.JSON) {
            return List.of(new Section(whole, text));
        }
        List<Piece> pieces = Segmenter.segment(text, router);
        for (Piece piece : pieces) {
            if (piece.detection == null) {
                piece.detection = router.detect(text.substring(piece.start, piece.end));
            }
        }
        continueDiffs(text, pieces);
        pieces = collapseDominatedRegions(text, whole, mergeSameKind(pieces));
        pieces = mergeSameKind(pieces);
        pieces = absorbTiny(text, pieces);
        if (pieces.size() == 1) {
            return List.of(new Section(whole, text));
        }
        List<Section> sections = new ArrayList<>(pieces.size());
        for (Piece piece : pieces) {
            sections.add(new Section(piece.detection, text.substring(piece.start, piece.end)));
        }
        return sections;
    }

    /**
     * Blank context lines cut a diff into paragraphs, and a hunk without its header can look like
     * code; a piece made only of hunk lines right after a diff piece is still that diff.
     */
    private static void continueDiffs(String text, List<Piece> pieces) {
        for (int i = 1; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (!piece.hard && pieces.get(i - 1).kind() == ContentKind.DIFF && piece.kind() != ContentKind.DIFF
                    && onlyHunkLines(text, piece)) {
                piece.detection = pieces.get(i - 1).detection;
            }
        }
    }

    private static boolean onlyHunkLines(String text, Piece piece) {
        boolean lineStart = true;
        for (int i = piece.start; i < piece.end; i++) {
            char c = text.charAt(i);
            if (lineStart && c != ' ' && c != '+' && c != '-' && c != '\\' && c != '\n' && c != '\r'
                    && c != '@') {
                return false;
            }
            lineStart = c == '\n';
        }
        return true;
    }

    /** Within each run of soft pieces, a kind holding most of the sure text absorbs the rest. */
    private List<Piece> collapseDominatedRegions(String text, Detection whole, List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            if (pieces.get(i).hard) {
                out.add(pieces.get(i++));
                continue;
            }
            int j = i;
            while (j < pieces.size() && !pieces.get(j).hard) {
                j++;
            }
            out.addAll(collapse(text, whole, pieces.subList(i, j)));
            i = j;
        }
        return out;
    }

    private List<Piece> collapse(String text, Detection whole, List<Piece> region) {
        if (region.size() == 1) {
            return region;
        }
        Map<ContentKind, Integer> sureChars = new EnumMap<>(ContentKind.class);
        int total = 0;
        for (Piece piece : region) {
            if (piece.detection.confidence() >= SURE) {
                sureChars.merge(piece.kind(), piece.length(), Integer::sum);
                total += piece.length();
            }
        }
        ContentKind top = null;
        for (Map.Entry<ContentKind, Integer> entry : sureChars.entrySet()) {
            if (top == null || entry.getValue() > sureChars.get(top)) {
                top = entry.getKey();
            }
        }
        if (top == null || sureChars.get(top) < DOMINANT_SHARE * total) {
            return region;
        }
        for (Piece piece : region) {
            if (piece.kind() != top && piece.detection.confidence() >= SURE
                    && piece.length() >= distinctChars(top, piece.kind())) {
                return region;
            }
        }
        int start = region.get(0).start;
        int end = region.get(region.size() - 1).end;
        // A region spanning the whole text (the usual case for prose) was detected already.
        Detection detection = start == 0 && end == text.length() ? whole : router.detect(text.substring(start, end));
        if (detection.kind() != top) {
            detection = largest(region, top).detection;
        }
        return List.of(new Piece(start, end, detection, false));
    }

    /** Test and build output quotes the failing source, so code inside a log must be big to stand apart. */
    private static int distinctChars(ContentKind dominant, ContentKind kind) {
        return dominant == ContentKind.LOG && kind == ContentKind.CODE ? 4 * DISTINCT_CHARS : DISTINCT_CHARS;
    }

    private static Piece largest(List<Piece> region, ContentKind kind) {
        Piece best = null;
        for (Piece piece : region) {
            if (piece.kind() == kind && (best == null || piece.length() > best.length())) {
                best = piece;
            }
        }
        return best;
    }

    private static List<Piece> mergeSameKind(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        for (Piece piece : pieces) {
            Piece last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.kind() == piece.kind() && piece.kind() != ContentKind.JSON) {
                out.set(out.size() - 1, join(last, piece));
            } else {
                out.add(piece);
            }
        }
        return out;
    }

    /** The joined piece keeps the detection of its bigger part. */
    private static Piece join(Piece a, Piece b) {
        Detection detection = a.length() >= b.length() ? a.detection : b.detection;
        return new Piece(a.start, b.end, detection, a.hard && b.hard);
    }

    /**
     * Folds tiny pieces into a neighbour: both neighbours when they share a kind, else preferably
     * prose, never into JSON unless the tiny piece is only whitespace (a JSON compressor needs valid JSON).
     * Each round is one linear pass, so thousands of tiny pieces stay cheap.
     */
    private static List<Piece> absorbTiny(String text, List<Piece> pieces) {
        List<Piece> list = pieces;
        for (int round = 0; round < 3 && list.size() > 1; round++) {
            Direction[] directions = new Direction[list.size()];
            boolean any = false;
            for (int i = 0; i < list.size(); i++) {
                directions[i] = isTiny(text, list.get(i)) ? direction(text, list, i) : Direction.NONE;
                any |= directions[i] != Direction.NONE;
            }
            if (!any) {
                break;
            }
            List<List<Piece>> groups = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                boolean joinPrevious = i > 0 && (directions[i].joinsPrevious() || directions[i - 1].joinsNext());
                if (!joinPrevious) {
                    groups.add(new ArrayList<>());
                }
                groups.get(groups.size() - 1).add(list.get(i));
            }
            List<Piece> merged = new ArrayList<>(groups.size());
            for (List<Piece> group : groups) {
                merged.add(joinAll(group));
            }
            list = mergeSameKind(merged);
        }
        return list;
    }

    private enum Direction {
        NONE, PREVIOUS, NEXT, BOTH;

        boolean joinsPrevious() {
            return this == PREVIOUS || this == BOTH;
        }

        boolean joinsNext() {
            return this == NEXT || this == BOTH;
        }
    }

    private static Direction direction(String text, List<Piece> list, int i) {
        Piece piece = list.get(i);
        Piece prev = i > 0 ? list.get(i - 1) : null;
        Piece next = i + 1 < list.size() ? list.get(i + 1) : null;
        boolean blank = text.substring(piece.start, piece.end).isBlank();
        boolean prevOk = prev != null && (blank || prev.kind() != ContentKind.JSON);
        boolean nextOk = next != null && (blank || next.kind() != ContentKind.JSON);
        if (prevOk && nextOk && prev.kind() == next.kind() && prev.kind() != ContentKind.JSON) {
            return Direction.BOTH;
        }
        if (prevOk && (!nextOk || prev.kind() == ContentKind.TEXT
                || next.kind() != ContentKind.TEXT && prev.length() >= next.length())) {
            return Direction.PREVIOUS;
        }
        return nextOk ? Direction.NEXT : Direction.NONE;
    }

    /** A merged group takes the detection of its biggest member. */
    private static Piece joinAll(List<Piece> group) {
        Piece biggest = group.get(0);
        for (Piece piece : group) {
            if (piece.length() > biggest.length()) {
                biggest = piece;
            }
        }
        Piece first = group.get(0);
        Piece last = group.get(group.size() - 1);
        return new Piece(first.start, last.end, biggest.detection, group.size() == 1 && first.hard);
    }

    /** Under half the tiny size, or under the tiny line count and twice the tiny size. */
    private static boolean isTiny(String text, Piece piece) {
        if (piece.length() < TINY_CHARS / 2) {
            return true;
        }
        if (piece.length() >= 2 * TINY_CHARS) {
            return false;
        }
        int lines = 0;
        boolean content = false;
        for (int i = piece.start; i < piece.end && lines < TINY_LINES; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines += content ? 1 : 0;
                content = false;
            } else if (!Character.isWhitespace(c)) {
                content = true;
            }
        }
        return lines + (content ? 1 : 0) < TINY_LINES;
    }
}
