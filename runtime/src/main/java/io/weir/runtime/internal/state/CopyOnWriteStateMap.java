package io.weir.runtime.internal.state;

import io.weir.runtime.row.Row;
import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * The keys of one key group of one state and their values: a chained hash table whose snapshot is a copy of its
 * bucket array, after which the task copies an entry or a value before it changes one the snapshot still shares.
 *
 * <p>Invariant, with {@code r} the {@link SnapshotVersions#required() required version}: an entry whose
 * {@code entryVersion < r} is reachable from a live snapshot's buckets, so neither its {@code value} nor its
 * {@code next} may change; a value whose {@code valueVersion < r} is shared with a live snapshot, so its contents may
 * not change. The task replaces such an entry by a copy (with the entries in front of it in its chain, whose
 * {@code next} must change to reach the copy), and such a value by a deep copy ({@link HeapState#copyValue}) before it
 * hands the value out. A snapshot's buckets and the entries and values they reach are therefore frozen, and another
 * thread may read them while the task goes on. Without a live snapshot {@code r} is 0 and nothing is copied: a lookup
 * or an update of an existing key allocates nothing.
 *
 * <p>Used by the task thread only, except that a {@link #snapshot()}'s buckets may be read by any thread.
 */
final class CopyOnWriteStateMap {
    private static final int MIN_CAPACITY = 16;

    /** One key and its value. {@code key} and {@code hash} never change; see the class comment for the rest. */
    static final class Entry {
        final Row key;
        final int hash;
        Object value;
        Entry next;
        int entryVersion;
        int valueVersion;

        Entry(Row key, int hash, Object value, Entry next, int entryVersion, int valueVersion) {
            this.key = key;
            this.hash = hash;
            this.value = value;
            this.next = next;
            this.entryVersion = entryVersion;
            this.valueVersion = valueVersion;
        }

        Row key() {
            return key;
        }

        Object value() {
            return value;
        }

        Entry next() {
            return next;
        }
    }

    private final SnapshotVersions versions;
    private Entry[] table = new Entry[MIN_CAPACITY];
    private int size;

    CopyOnWriteStateMap(SnapshotVersions versions) {
        this.versions = versions;
    }

    /** Spreads the row's hash so that the low bits the bucket index uses depend on every bit. */
    static int hash(Row key) {
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }

    int size() {
        return size;
    }

    /** The value of {@code key}, or {@code null}; the caller must not change it (see {@link #getForUpdate}). */
    Object get(Row key) {
        Entry e = find(key, hash(key));
        return e == null ? null : e.value;
    }

    /**
     * The value of {@code key}, or {@code null}, which the caller may change in place: if a live snapshot shares it,
     * it is first replaced by {@code state}'s deep copy of it.
     */
    Object getForUpdate(Row key, HeapState state) {
        int hash = hash(key);
        Entry[] tab = table;
        int index = hash & (tab.length - 1);
        for (Entry e = tab[index]; e != null; e = e.next) {
            if (e.hash == hash && key.equals(e.key)) {
                int required = versions.required();
                if (e.valueVersion < required) {
                    if (e.entryVersion < required) {
                        e = mutableUpTo(tab, index, e, required);
                    }
                    e.value = state.copyValue(e.value);
                    e.valueVersion = versions.current();
                    versions.copied();
                } else if (e.valueVersion != versions.current()) {
                    // The caller may change the value in place: mark it changed for incremental snapshots. The
                    // entry is not shared with a snapshot, since its value is not (an entry is copied before its value
                    // is replaced).
                    e.valueVersion = versions.current();
                }
                return e.value;
            }
        }
        return null;
    }

    /**
     * Sets the value of {@code key}; a key new to the map is stored as {@code backend}'s
     * {@link KeyedStateBackend#currentKeyToStore()} (the copy of the probe {@code key} is), or as {@code key} itself
     * when {@code backend} is {@code null}.
     */
    void put(Row key, Object value, KeyedStateBackend backend) {
        int hash = hash(key);
        Entry[] tab = table;
        int index = hash & (tab.length - 1);
        for (Entry e = tab[index]; e != null; e = e.next) {
            if (e.hash == hash && key.equals(e.key)) {
                int required = versions.required();
                if (e.entryVersion < required) {
                    e = mutableUpTo(tab, index, e, required);
                }
                e.value = value;
                e.valueVersion = versions.current();
                return;
            }
        }
        Row stored = backend == null ? key : backend.currentKeyToStore();
        int version = versions.current();
        tab[index] = new Entry(stored, hash, value, tab[index], version, version);
        if (++size > tab.length - (tab.length >>> 2)) {
            grow();
        }
    }

    /** Removes {@code key} and its value, if present; returns the stored key removed, or {@code null}. */
    Row remove(Row key) {
        int hash = hash(key);
        Entry[] tab = table;
        int index = hash & (tab.length - 1);
        Entry previous = null;
        for (Entry e = tab[index]; e != null; previous = e, e = e.next) {
            if (e.hash == hash && key.equals(e.key)) {
                if (previous == null) {
                    tab[index] = e.next;
                } else {
                    int required = versions.required();
                    if (previous.entryVersion < required) {
                        previous = mutableUpTo(tab, index, previous, required);
                    }
                    previous.next = e.next;
                }
                size--;
                return e.key;
            }
        }
        return null;
    }

    /**
     * Freezes the map for a snapshot the caller has just taken ({@link SnapshotVersions#snapshot()}): a copy of the
     * bucket array, whose chains reach the entries and values as they are now, for as long as the snapshot is live.
     */
    Entry[] snapshot() {
        return Arrays.copyOf(table, table.length);
    }

    /**
     * Visits at most {@code max} keys and values, those first in the bucket array; returns how many it visited. Not
     * for the hot path; the visitor must not change the map.
     */
    int visit(int max, BiConsumer<Row, Object> visitor) {
        int visited = 0;
        for (Entry head : table) {
            for (Entry e = head; e != null; e = e.next) {
                if (visited == max) {
                    return visited;
                }
                visitor.accept(e.key, e.value);
                visited++;
            }
        }
        return visited;
    }

    /** Visits every key and value; not for the hot path, and the visitor must not change the map. */
    void forEach(BiConsumer<Row, Object> visitor) {
        for (Entry head : table) {
            for (Entry e = head; e != null; e = e.next) {
                visitor.accept(e.key, e.value);
            }
        }
    }

    private Entry find(Row key, int hash) {
        Entry[] tab = table;
        for (Entry e = tab[hash & (tab.length - 1)]; e != null; e = e.next) {
            if (e.hash == hash && key.equals(e.key)) {
                return e;
            }
        }
        return null;
    }

    /**
     * Makes {@code until} and every entry before it in bucket {@code index} changeable, copying those a snapshot
     * shares and linking each copy from its (by then changeable) predecessor; returns {@code until}'s copy.
     */
    private Entry mutableUpTo(Entry[] tab, int index, Entry until, int required) {
        int version = versions.current();
        Entry previous = null;
        Entry e = tab[index];
        while (true) {
            Entry mutable = e;
            if (e.entryVersion < required) {
                mutable = new Entry(e.key, e.hash, e.value, e.next, version, e.valueVersion);
                if (previous == null) {
                    tab[index] = mutable;
                } else {
                    previous.next = mutable;
                }
            }
            if (e == until) {
                return mutable;
            }
            previous = mutable;
            e = e.next;
        }
    }

    /** Doubles the bucket array; entries a live snapshot shares are copied rather than relinked. */
    private void grow() {
        Entry[] old = table;
        Entry[] grown = new Entry[old.length * 2];
        int mask = grown.length - 1;
        int required = versions.required();
        int version = versions.current();
        for (Entry head : old) {
            Entry e = head;
            while (e != null) {
                Entry next = e.next;
                Entry moved = e.entryVersion < required
                        ? new Entry(e.key, e.hash, e.value, null, version, e.valueVersion)
                        : e;
                int index = e.hash & mask;
                moved.next = grown[index];
                grown[index] = moved;
                e = next;
            }
        }
        table = grown;
    }
}
