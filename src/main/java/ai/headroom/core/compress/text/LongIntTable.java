package ai.headroom.core.compress.text;

/** A map from long keys to non-negative ints by open addressing, without boxing; per call, never shared. */
final class LongIntTable {

    private long[] keys;
    private int[] values; // value + 1, 0 = empty slot; at most three quarters of the slots are used
    private int size;

    /** An empty table with room for {@code expected} keys before it grows. */
    LongIntTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(6, expected) * 4 / 3) * 2;
        keys = new long[capacity];
        values = new int[capacity];
    }

    /** The value stored under {@code key}, or -1. */
    int get(long key) {
        return values[slotOf(key)] - 1;
    }

    /** Stores {@code value} (at least 0) under {@code key}. */
    void put(long key, int value) {
        int slot = slotOf(key);
        boolean added = values[slot] == 0;
        keys[slot] = key;
        values[slot] = value + 1;
        if (added && ++size * 4 > keys.length * 3) {
            grow();
        }
    }

    private int slotOf(long key) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (values[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldValues[k] != 0) {
                int slot = slotOf(oldKeys[k]);
                keys[slot] = oldKeys[k];
                values[slot] = oldValues[k];
            }
        }
    }

    private static int mix(long key) {
        long x = key * 0x9E3779B97F4A7C15L;
        return (int) (x ^ x >>> 32);
    }
}
