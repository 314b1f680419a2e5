package ai.headroom.core.compress;

import java.util.Arrays;

/** A growable list of ints without boxing; per call, never shared. */
public final class IntList {

    private int[] items;
    private int size;

    public IntList(int capacity) {
        items = new int[Math.max(4, capacity)];
    }

    public void add(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = value;
    }

    public int get(int index) {
        return items[index];
    }

    public int size() {
        return size;
    }

    public boolean contains(int value) {
        for (int k = 0; k < size; k++) {
            if (items[k] == value) {
                return true;
            }
        }
        return false;
    }

    public void clear() {
        size = 0;
    }

    /** The values as an array of their own. */
    public int[] toArray() {
        return Arrays.copyOf(items, size);
    }
}
