package ai.headroom.core.compress.json;

import ai.headroom.core.json.StrictJson;

/**
 * Tuning of {@link SmartCrusher}; validated on construction.
 *
 * @param minItems       arrays with fewer items are never tabled or sampled, only minified
 * @param minKeep        fewest items a sampled array keeps (K never goes below it)
 * @param maxKeep        most items the diversity sampler may pick for one array (K's upper bound)
 * @param maxAlwaysKept  cap on the items kept for their signals (errors, query hits, outliers) per array,
 *                       so an array where every item says "error" still shrinks
 * @param maxArrayDepth  arrays nested deeper than this are left as they are (minified)
 * @param minTableSaving a lossless table replaces the JSON only when it is at least this much shorter
 */
public record SmartCrusherSettings(
        int minItems, int minKeep, int maxKeep, int maxAlwaysKept, int maxArrayDepth, double minTableSaving) {

    public SmartCrusherSettings {
        if (minItems < 2) {
            throw new IllegalArgumentException("minItems must be >= 2, was " + minItems);
        }
        if (minKeep < 2 || maxKeep < minKeep) {
            throw new IllegalArgumentException("need 2 <= minKeep <= maxKeep, was " + minKeep + ", " + maxKeep);
        }
        if (maxAlwaysKept < 2) {
            throw new IllegalArgumentException("maxAlwaysKept must be >= 2, was " + maxAlwaysKept);
        }
        if (maxArrayDepth < 0 || maxArrayDepth >= StrictJson.MAX_DEPTH) {
            throw new IllegalArgumentException("maxArrayDepth must be in [0, " + StrictJson.MAX_DEPTH + "), was "
                    + maxArrayDepth);
        }
        if (!(minTableSaving >= 0 && minTableSaving < 1)) {
            throw new IllegalArgumentException("minTableSaving must be in [0, 1), was " + minTableSaving);
        }
    }

    /** The defaults: arrays of 5+, K between 3 and 50, at most 40 signal items, depth 64, tables that save 15%. */
    public static SmartCrusherSettings defaults() {
        return new SmartCrusherSettings(5, 3, 50, 40, 64, 0.15);
    }
}
