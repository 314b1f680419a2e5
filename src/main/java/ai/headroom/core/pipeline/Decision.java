package ai.headroom.core.pipeline;

import ai.headroom.core.content.ContentKind;
import java.util.Arrays;
import java.util.List;

/**
 * Encodes a block's outcome for the store, so a later turn carrying the same block sends the same bytes.
 *
 * <p>Format: one line {@code U|L|X kind transform,transform} then the text (only for changed blocks);
 * U = unchanged, L = lossless change, X = lossy change (its original must be re-stored on reuse).
 */
final class Decision {

    private Decision() {}

    static String encode(BlockOutcome outcome, String original) {
        boolean unchanged = outcome.text().equals(original);
        char flag = unchanged ? 'U' : outcome.lossy() ? 'X' : 'L';
        String head = flag + " " + outcome.kind().name() + " " + String.join(",", outcome.transforms());
        return unchanged ? head : head + "\n" + outcome.text();
    }

    /** The outcome a stored decision describes; null when the entry is unreadable (then we recompute). */
    static BlockOutcome decode(String stored, String original) {
        int nl = stored.indexOf('\n');
        String[] head = (nl < 0 ? stored : stored.substring(0, nl)).split(" ", -1);
        if (head.length != 3 || head[0].length() != 1) {
            return null;
        }
        ContentKind kind;
        try {
            kind = ContentKind.valueOf(head[1]);
        } catch (IllegalArgumentException e) {
            return null;
        }
        List<String> transforms = head[2].isEmpty() ? List.of() : Arrays.asList(head[2].split(","));
        return switch (head[0].charAt(0)) {
            case 'U' -> BlockOutcome.unchanged(original, kind, 0);
            case 'L' -> nl < 0 ? null : new BlockOutcome(stored.substring(nl + 1), false, transforms, kind, 0);
            case 'X' -> nl < 0 ? null : new BlockOutcome(stored.substring(nl + 1), true, transforms, kind, 0);
            default -> null;
        };
    }
}
