package ai.headroom.core.compress.json;

/** The double value of a JSON number's text, with a fast path for the plain integers most JSON holds. */
final class NumberValue {

    /** Up to 15 digits an integer converts to a double exactly, so the fast path never rounds differently. */
    private static final int EXACT_DIGITS = 15;

    private NumberValue() {}

    static double of(String raw) {
        int i = raw.startsWith("-") ? 1 : 0;
        int digits = raw.length() - i;
        if (digits == 0 || digits > EXACT_DIGITS) {
            return Double.parseDouble(raw);
        }
        long v = 0;
        for (; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return Double.parseDouble(raw); // a fraction or an exponent
            }
            v = v * 10 + (c - '0');
        }
        return raw.charAt(0) == '-' ? -(double) v : v; // "-0" stays -0.0, as parseDouble gives
    }
}
