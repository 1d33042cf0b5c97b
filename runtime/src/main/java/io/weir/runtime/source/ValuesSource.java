package io.weir.runtime.source;

import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.ArrayList;
import java.util.List;

/**
 * A bounded source of a fixed list of rows, such as SQL {@code VALUES} or {@code SELECT 1}, read by one subtask. Its
 * one split's position is the index of the next row to emit.
 */
public final class ValuesSource implements Source {
    private static final int ROWS_PER_POLL = 1024;
    private static final RowType POSITION_TYPE = RowType.of(List.of("split", "next_row"),
            List.of(DataType.of(TypeRoot.INTEGER).withNullable(false), DataType.of(TypeRoot.BIGINT).withNullable(false)));

    private final List<Row> rows;

    /** A source of copies of {@code rows}, emitted in order as inserts. */
    public ValuesSource(List<Row> rows) {
        List<Row> copies = new ArrayList<>(rows.size());
        for (Row row : rows) {
            copies.add(row.copy());
        }
        this.rows = List.copyOf(copies);
    }

    @Override
    public boolean isBounded() {
        return true;
    }

    @Override
    public RowType positionType() {
        return POSITION_TYPE;
    }

    /** Subtask 0 emits every row, from the restored position if any; any other subtask emits none. */
    @Override
    public SourceReader createReader(SourceContext context) {
        if (context.subtaskIndex() != 0) {
            return new Reader(List.of(), 0);
        }
        int next = context.isRestored() ? (int) context.restoredPositions().get(0).getLong(1) : 0;
        return new Reader(rows, next);
    }

    @Override
    public int maxParallelism() {
        return 1;
    }

    @Override
    public String describe() {
        return "Values(rows=" + rows.size() + ")";
    }

    private static final class Reader implements SourceReader {
        private final List<Row> rows;
        private int next;
        private Row scratch;

        Reader(List<Row> rows, int next) {
            this.rows = rows;
            this.next = next;
        }

        @Override
        public ReadStatus pollNext(Output out) {
            int end = Math.min(rows.size(), next + ROWS_PER_POLL);
            for (; next < end; next++) {
                Row row = rows.get(next);
                // Emit a scratch copy: an operator may reuse the row it is given, and the list is shared by readers.
                if (scratch == null || scratch.arity() != row.arity()) {
                    scratch = new Row(row.arity());
                }
                scratch.copyFrom(row);
                out.emit(ChangeKind.INSERT, scratch);
            }
            return next == rows.size() ? ReadStatus.END_OF_INPUT : ReadStatus.MORE_AVAILABLE;
        }

        /** Only the reader of the rows records the split: the others own none. */
        @Override
        public List<Row> snapshotPositions() {
            return rows.isEmpty() ? List.of() : List.of(Row.of(0, (long) next));
        }
    }
}
