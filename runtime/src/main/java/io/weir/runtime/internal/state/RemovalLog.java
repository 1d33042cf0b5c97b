package io.weir.runtime.internal.state;

import java.util.Arrays;

/**
 * What a state or timer queue removed since the task's last committed checkpoint, with the version current at each
 * removal, for the tombstones of incremental snapshots. Append-only between trims: a {@link #view()} taken for a
 * snapshot stays valid while the task appends (past its end) and trims (into new arrays), so another thread may read
 * it. Used by the task thread, except that views may be read by any.
 */
final class RemovalLog {
    private Object[] items = new Object[16];
    private int[] keyGroups = new int[16];
    private int[] versions = new int[16];
    private int size;

    /** The removals up to now, frozen: entries {@code 0..size) of the arrays. */
    record View(Object[] items, int[] keyGroups, int[] versions, int size) {
        static final View EMPTY = new View(new Object[0], new int[0], new int[0], 0);
    }

    /** Records that {@code item} (a stored key or a timer) of {@code keyGroup} was removed at {@code version}. */
    void add(Object item, int keyGroup, int version) {
        if (size == items.length) {
            // New arrays, so that views of the old ones stay as they were.
            items = Arrays.copyOf(items, size * 2);
            keyGroups = Arrays.copyOf(keyGroups, size * 2);
            versions = Arrays.copyOf(versions, size * 2);
        }
        items[size] = item;
        keyGroups[size] = keyGroup;
        versions[size] = version;
        size++;
    }

    View view() {
        return size == 0 ? View.EMPTY : new View(items, keyGroups, versions, size);
    }

    /** Forgets the removals before {@code version}: no later snapshot builds on a base older than it. */
    void trimBefore(int version) {
        int keep = 0;
        while (keep < size && versions[keep] < version) {
            keep++;
        }
        if (keep == 0) {
            return;
        }
        int remaining = size - keep;
        int capacity = Math.max(16, Integer.highestOneBit(Math.max(1, remaining)) * 2);
        Object[] newItems = new Object[capacity];
        int[] newGroups = new int[capacity];
        int[] newVersions = new int[capacity];
        System.arraycopy(items, keep, newItems, 0, remaining);
        System.arraycopy(keyGroups, keep, newGroups, 0, remaining);
        System.arraycopy(versions, keep, newVersions, 0, remaining);
        items = newItems;
        keyGroups = newGroups;
        versions = newVersions;
        size = remaining;
    }

    int size() {
        return size;
    }
}
