package io.weir.planner.changelog;

import io.weir.runtime.row.ChangeKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The change kinds a plan node may emit: insert-only ({@code [I]}), retractions ({@code [I,UB,UA,D]}), or upserts
 * on a key ({@code [I,UA,D]}, no {@code -U}).
 *
 * @param kinds the change kinds emitted
 * @param upsertKey for an upsert changelog, the indexes of the key fields; empty otherwise
 */
public record ChangelogMode(Set<ChangeKind> kinds, List<Integer> upsertKey) {
    public static final ChangelogMode INSERT_ONLY = new ChangelogMode(EnumSet.of(ChangeKind.INSERT), List.of());
    public static final ChangelogMode RETRACT = new ChangelogMode(EnumSet.allOf(ChangeKind.class), List.of());

    public ChangelogMode {
        Objects.requireNonNull(kinds, "kinds");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a changelog mode has at least one change kind");
        }
        kinds = Set.copyOf(kinds);
        upsertKey = List.copyOf(upsertKey);
    }

    /** An upsert changelog on the fields {@code key}: inserts, updates after and deletes, without updates before. */
    public static ChangelogMode upsert(List<Integer> key) {
        return new ChangelogMode(EnumSet.of(ChangeKind.INSERT, ChangeKind.UPDATE_AFTER, ChangeKind.DELETE), key);
    }

    public boolean isInsertOnly() {
        return kinds.size() == 1 && kinds.contains(ChangeKind.INSERT);
    }

    /** The mode of a node that passes on both modes' changes, such as a UNION ALL of both. */
    public ChangelogMode union(ChangelogMode other) {
        if (equals(other)) {
            return this;
        }
        EnumSet<ChangeKind> all = EnumSet.copyOf(kinds);
        all.addAll(other.kinds);
        if (all.contains(ChangeKind.UPDATE_AFTER) && !all.contains(ChangeKind.UPDATE_BEFORE)) {
            // Two upsert streams on different keys merge into no common key: fall back to retractions.
            all.add(ChangeKind.UPDATE_BEFORE);
        }
        return new ChangelogMode(all, List.of());
    }

    /** As EXPLAIN prints it: {@code [I]}, {@code [I,UB,UA,D]}, or {@code [I,UA,D], upsertKey=[0]}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("[");
        String[] names = {"I", "UB", "UA", "D"};
        for (ChangeKind kind : ChangeKind.values()) {
            if (kinds.contains(kind)) {
                if (b.length() > 1) {
                    b.append(',');
                }
                b.append(names[kind.ordinal()]);
            }
        }
        b.append(']');
        return upsertKey.isEmpty() ? b.toString() : b + ", upsertKey=" + upsertKey;
    }
}
