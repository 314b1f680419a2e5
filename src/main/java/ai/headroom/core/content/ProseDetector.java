package ai.headroom.core.content;

/** Scores how much a sample reads like natural-language prose (or markdown), the TEXT kind. */
final class ProseDetector {

    private ProseDetector() {
    }

    /** Confidence for TEXT: 0.5 when nothing fits better, up to 0.9 for clear prose. */
    static double confidence(TextSample sample) {
        if (sample.controlShare() > 0.05) {
            return 0.5;
        }
        int prose = 0;
        for (String line : sample.lines()) {
            if (isProseLine(line)) {
                prose++;
            }
        }
        double share = prose / (double) Math.max(1, sample.nonBlank());
        return 0.5 + 0.4 * share;
    }

    /** Five or more words, mostly letters and spaces, and not shaped like code. */
    static boolean isProseLine(String line) {
        String t = Lines.trimLeft(line);
        if (t.length() < 20) {
            return false;
        }
        int letters = 0;
        int spaces = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (c == ' ') {
                spaces++;
            }
        }
        return spaces >= 4 && (letters + spaces) >= 0.8 * t.length();
    }
}
