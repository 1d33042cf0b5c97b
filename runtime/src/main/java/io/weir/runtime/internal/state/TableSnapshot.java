package io.weir.runtime.internal.state;

import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.checkpoint.StateTable;
import io.weir.runtime.row.Row;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The rows of one state table over a key-group range as they were at a barrier, to be written by another thread.
 * Taking it is quick (a keyed state's table refers to its frozen maps, see {@link StateSnapshots}); reading the rows
 * does the copying. The writer must {@link #release()} it once written, or when it will not be written, so the task
 * stops copying what it changes for it.
 *
 * @param rows rows of {@code table.schema()}, each with its key group, from {@code firstKeyGroup} to
 *     {@code lastKeyGroup}, in no particular order except that a list's elements keep theirs; each iterator may reuse
 *     one row for every row it returns, and may throw {@link IllegalStateException} if the state holds what its
 *     table cannot store. Readable from any thread, until released.
 * @param release frees the snapshot; may be run from any thread, more than once (only the first run counts)
 * @param content {@code DELTA} if the rows are the changes since the last file of {@code chain} (with the columns of
 *     {@link StateTable#deltaSchema()}), else {@code FULL}
 * @param chain for a delta, the files of the committed checkpoint it builds on (a full file, then deltas) that a
 *     restore applies before it; empty for a full table
 */
public record TableSnapshot(StateTable table, int firstKeyGroup, int lastKeyGroup, Iterable<Row> rows,
        Runnable release, StateFile.Content content, List<StateFile> chain) {
    private static final Runnable NOTHING = () -> { };

    public TableSnapshot {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(content, "content");
        chain = List.copyOf(chain);
        if ((content == StateFile.Content.DELTA) == chain.isEmpty()) {
            throw new IllegalArgumentException(content + " table " + table.name() + " with chain " + chain);
        }
        if (firstKeyGroup > lastKeyGroup) {
            throw new IllegalArgumentException("key groups " + firstKeyGroup + "-" + lastKeyGroup);
        }
    }

    /**
     * A table of rows the caller copied for it (not List.copyOf: the list is made for this snapshot), which needs no
     * release.
     */
    public static TableSnapshot ofCopies(StateTable table, int firstKeyGroup, int lastKeyGroup, List<Row> rows) {
        return new TableSnapshot(table, firstKeyGroup, lastKeyGroup,
                Collections.unmodifiableList(Objects.requireNonNull(rows, "rows")), NOTHING, StateFile.Content.FULL,
                List.of());
    }
}
