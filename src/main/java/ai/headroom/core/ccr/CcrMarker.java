package ai.headroom.core.ccr;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes and finds the markers that point from compressed text to the stored original. */
public final class CcrMarker {

    /** Length of a marker hash: 24 hex characters (96 bits of SHA-256), as the reference system uses. */
    public static final int HASH_LENGTH = 24;

    private static final Pattern MARKER_HASH =
            Pattern.compile("Retrieve more: hash=([0-9a-f]{24})\\]|<<ccr:([0-9a-f]{24})");

    /** Never used itself, only cloned: a digest is not thread-safe. */
    private static final MessageDigest SHA256 = lookUpSha256();

    private CcrMarker() {}

    /** The CCR hash of a text: first 24 hex characters of the SHA-256 of its UTF-8 bytes. */
    public static String hashOf(String text) {
        return hashOf(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The CCR hash of some bytes. */
    public static String hashOf(byte[] bytes) {
        byte[] digest = sha256().digest(bytes);
        return HexFormat.of().formatHex(digest, 0, HASH_LENGTH / 2);
    }

    /** A fresh digest: a clone of one looked up once (the provider lookup cost more than hashing a small block). */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA256.clone();
        } catch (CloneNotSupportedException e) {
            return lookUpSha256();
        }
    }

    private static MessageDigest lookUpSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** {@code [summary. Retrieve more: hash=H]}. */
    public static String format(String summary, String hash) {
        return "[" + summary + ". Retrieve more: hash=" + hash + "]";
    }

    /** True when the text already carries a marker: such text is never compressed again. */
    public static boolean isMarked(String text) {
        return text.contains("Retrieve more: hash=") && MARKER_HASH.matcher(text).find()
                || text.contains("<<ccr:") && MARKER_HASH.matcher(text).find();
    }

    /**
     * True when a marker in the text points at {@code hash} (24 hex characters): the same answer as
     * {@code hashesIn(text).contains(hash)}, by two plain searches instead of a regex over the whole text.
     */
    public static boolean references(String text, String hash) {
        return text.contains("Retrieve more: hash=" + hash + "]") || text.contains("<<ccr:" + hash);
    }

    /** Every distinct hash referenced by markers in the text, in order of appearance. */
    public static Set<String> hashesIn(String text) {
        Set<String> hashes = new LinkedHashSet<>();
        Matcher m = MARKER_HASH.matcher(text);
        while (m.find()) {
            hashes.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return hashes;
    }
}
