package io.weir.runtime.internal.state;

import java.util.Arrays;

/**
 * A binary min-heap of timers by timestamp that keeps each entry's timestamp in an array beside the timers, so that
 * sifting compares longs in one array instead of reading the timestamp of timers scattered over the heap. Sifts as
 * {@link java.util.PriorityQueue} does, so timers of equal timestamps leave in the same order. Used by one thread.
 */
final class TimerHeap {
    private long[] timestamps = new long[16];
    private Timer[] timers = new Timer[16];
    private int size;

    int size() {
        return size;
    }

    /** The timers in the heap, in heap order, as a new array; for snapshots. */
    Timer[] copy() {
        return Arrays.copyOf(timers, size);
    }

    /** The earliest timer, or {@code null} if the heap is empty. */
    Timer peek() {
        return size == 0 ? null : timers[0];
    }

    void add(Timer timer) {
        if (size == timers.length) {
            int capacity = size * 2;
            timestamps = Arrays.copyOf(timestamps, capacity);
            timers = Arrays.copyOf(timers, capacity);
        }
        long timestamp = timer.timestamp;
        int k = size++;
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            if (timestamp >= timestamps[parent]) {
                break;
            }
            timestamps[k] = timestamps[parent];
            timers[k] = timers[parent];
            k = parent;
        }
        timestamps[k] = timestamp;
        timers[k] = timer;
    }

    /** Removes the earliest timer; the heap must not be empty. */
    void removeFirst() {
        int last = --size;
        long timestamp = timestamps[last];
        Timer timer = timers[last];
        timers[last] = null;
        if (last == 0) {
            return;
        }
        int k = 0;
        int half = last >>> 1;
        while (k < half) {
            int child = 2 * k + 1;
            int right = child + 1;
            if (right < last && timestamps[child] > timestamps[right]) {
                child = right;
            }
            if (timestamp <= timestamps[child]) {
                break;
            }
            timestamps[k] = timestamps[child];
            timers[k] = timers[child];
            k = child;
        }
        timestamps[k] = timestamp;
        timers[k] = timer;
    }
}
