package ai.headroom.core.compress.text;

/** Orders unit indices best score first, ties by position, with a stable merge sort over plain ints. */
final class ByScore {

    private ByScore() {}

    /** {@code units} (ascending) reordered by descending {@code score}; equal scores keep their order. */
    static int[] order(int[] units, double[] score) {
        int[] a = units.clone();
        int[] b = new int[a.length];
        for (int width = 1; width < a.length; width *= 2) {
            for (int lo = 0; lo < a.length; lo += 2 * width) {
                merge(a, b, lo, Math.min(lo + width, a.length), Math.min(lo + 2 * width, a.length), score);
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    private static void merge(int[] from, int[] to, int lo, int mid, int hi, double[] score) {
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            // Double.compare, as Comparator.comparingDouble would, on negated scores: -0.0 sorts before 0.0.
            if (j >= hi || i < mid && Double.compare(-score[from[i]], -score[from[j]]) <= 0) {
                to[k] = from[i++];
            } else {
                to[k] = from[j++];
            }
        }
    }
}
