package ai.headroom.core.compress.text;

/** ASCII lower-casing, which for ASCII text gives what {@code String.toLowerCase(Locale.ROOT)} gives, without a copy. */
final class Ascii {

    private Ascii() {}

    static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** True when every char of {@code text[from, to)} is ASCII. */
    static boolean all(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code lower} equals the ASCII text at {@code from} lower-cased, over {@code lower}'s length. */
    static boolean equalsLowered(String lower, String text, int from) {
        for (int k = 0; k < lower.length(); k++) {
            if (lower.charAt(k) != lower(text.charAt(from + k))) {
                return false;
            }
        }
        return true;
    }
}
