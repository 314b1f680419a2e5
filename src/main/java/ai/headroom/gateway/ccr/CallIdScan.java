package ai.headroom.gateway.ccr;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Whether a request body mentions any of some tool call ids, as a JSON string of its own, found by scanning
 * its bytes: what lets a request that cannot continue a deferred turn skip the parse.
 */
final class CallIdScan {

    /** The first characters of an id searched for: ids of one provider share them ({@code toolu_}, {@code call_}). */
    private static final int PREFIX = 4;

    private CallIdScan() {}

    /**
     * True when some id occurs in {@code body} as a whole JSON string; also when an id is one the scan cannot
     * judge (short, or with characters JSON may escape), so the caller parses as it would without the scan.
     */
    static boolean mentionsAny(byte[] body, Collection<String> ids) {
        Set<String> wanted = new HashSet<>();
        Set<String> prefixes = new LinkedHashSet<>();
        for (String id : ids) {
            if (id.length() < PREFIX || !plain(id)) {
                return true;
            }
            wanted.add(id);
            prefixes.add("\"" + id.substring(0, PREFIX));
        }
        if (wanted.isEmpty()) {
            return false;
        }
        // One char a byte: the JDK's vectorised indexOf does the search; ids are ASCII, and no byte of a
        // multi-byte UTF-8 character is a quote, so a match here is a match in the UTF-8 text.
        String text = new String(body, StandardCharsets.ISO_8859_1);
        for (String prefix : prefixes) {
            for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
                int close = text.indexOf('"', at + 1);
                if (close > 0 && wanted.contains(text.substring(at + 1, close))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Letters, digits and {@code _-.:}: characters a JSON writer never escapes. */
    private static boolean plain(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '_' || c == '-' || c == '.' || c == ':';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
