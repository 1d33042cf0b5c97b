package io.weir.planner.changelog;

import io.weir.runtime.row.ChangeKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The change kinds a plan node may emit: insert-only ({@code [I]}), retractions ({@code [I,UB,UA]} or
 * {@code [I,UB,UA,D]}), or upserts on a key ({@code [I,UA]} or {@code [I,UA,D]}, no {@code -U}).
 *
 * @param kinds the change kinds emitted
 * @param upsertKey for an upsert changelog, the indexes of the fields that identify the row an update replaces; empty
 *     for other changelogs, and for an upsert changelog whose rows have no known key
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
        if (!upsertKey.isEmpty() && kinds.contains(ChangeKind.UPDATE_BEFORE)) {
            throw new IllegalArgumentException("a changelog with updates before has no upsert key: " + upsertKey);
        }
    }

    /** An upsert changelog on the fields {@code key}: inserts, updates after and deletes, without updates before. */
    public static ChangelogMode upsert(List<Integer> key) {
        return new ChangelogMode(EnumSet.of(ChangeKind.INSERT, ChangeKind.UPDATE_AFTER, ChangeKind.DELETE), key);
    }

    public boolean isInsertOnly() {
        return kinds.size() == 1 && kinds.contains(ChangeKind.INSERT);
    }

    /** Whether updates come as {@code +U} alone, without the {@code -U} of the row they replace. */
    public boolean isUpsert() {
        return kinds.contains(ChangeKind.UPDATE_AFTER) && !kinds.contains(ChangeKind.UPDATE_BEFORE);
    }

    /**
     * The mode of a node that passes on both modes' changes, such as a UNION ALL of both: retractions if either
     * retracts, else upserts on the key they share (none if their keys differ).
     */
    public ChangelogMode union(ChangelogMode other) {
        if (equals(other)) {
            return this;
        }
        EnumSet<ChangeKind> all = EnumSet.copyOf(kinds);
        all.addAll(other.kinds);
        boolean upsert = all.contains(ChangeKind.UPDATE_AFTER) && !all.contains(ChangeKind.UPDATE_BEFORE);
        return new ChangelogMode(all, upsert && upsertKey.equals(other.upsertKey) ? upsertKey : List.of());
    }

    /** As EXPLAIN prints it: {@code [I]}, {@code [I,UB,UA,D]}, or {@code [I,UA], upsertKey=[0]}. */
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
