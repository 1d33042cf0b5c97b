package io.weir.connector;

import io.weir.runtime.row.Row;
import io.weir.runtime.source.SourceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Which splits a source reader owns: on a fresh start, split {@code s} of {@code k} belongs to subtask
 * {@code s % parallelism} (with {@code k} the parallelism of that first run); on a restore, the split count is the
 * one recorded in the positions, so each old split goes to exactly one new reader whatever the parallelism is now.
 *
 * <p>Position rows of every source here start with the {@code split INT NOT NULL} column this class reads.
 */
public final class SourceSplits {
    private SourceSplits() {
    }

    /** The splits subtask {@code i} of {@code n} owns among {@code 0 .. splitCount - 1}, in ascending order. */
    public static int[] owned(int splitCount, SourceContext context) {
        int n = context.parallelism();
        int i = context.subtaskIndex();
        int count = splitCount > i ? (splitCount - 1 - i) / n + 1 : 0;
        int[] splits = new int[count];
        for (int k = 0; k < count; k++) {
            splits[k] = i + k * n;
        }
        return splits;
    }

    /** The restored position rows (column 0 the split) of the splits this reader owns, in the order given. */
    public static List<Row> ownedPositions(SourceContext context) {
        List<Row> owned = new ArrayList<>();
        for (Row position : context.restoredPositions()) {
            if (position.getInt(0) % context.parallelism() == context.subtaskIndex()) {
                owned.add(position);
            }
        }
        return owned;
    }

    /**
     * The split count the restored positions record in column {@code column}, checked to be the same in every row
     * and to match the number of rows (each split recorded once).
     */
    public static int restoredSplitCount(SourceContext context, int column, String source) {
        List<Row> positions = context.restoredPositions();
        int count = positions.get(0).getInt(column);
        boolean[] seen = new boolean[Math.max(count, 0)];
        for (Row position : positions) {
            int split = position.getInt(0);
            if (position.getInt(column) != count || split < 0 || split >= count || seen[split]) {
                throw new IllegalStateException("restored positions of " + source + " do not describe " + count
                        + " splits once each: " + positions);
            }
            seen[split] = true;
        }
        if (positions.size() != count) {
            throw new IllegalStateException("restored positions of " + source + " hold " + positions.size()
                    + " of its " + count + " splits: " + positions);
        }
        return count;
    }
}
