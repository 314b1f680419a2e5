package ai.headroom.core.compress.text;

import java.util.Arrays;

/** A growable list of ints without boxing; per call, never shared. */
final class IntList {

    private int[] items;
    private int size;

    IntList(int capacity) {
        items = new int[Math.max(4, capacity)];
    }

    void add(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = value;
    }

    int get(int index) {
        return items[index];
    }

    int size() {
        return size;
    }

    boolean contains(int value) {
        for (int k = 0; k < size; k++) {
            if (items[k] == value) {
                return true;
            }
        }
        return false;
    }

    void clear() {
        size = 0;
    }
}
