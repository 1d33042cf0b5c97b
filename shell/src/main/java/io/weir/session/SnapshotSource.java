package io.weir.session;

import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.source.ReadStatus;
import io.weir.runtime.source.Source;
import io.weir.runtime.source.SourceContext;
import io.weir.runtime.source.SourceReader;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.List;
import java.util.function.Supplier;

/**
 * A bounded source of a system table's rows, read by one subtask from a snapshot taken when the reader opens (that
 * is when the query's job starts). Its one split's position is the index of the next row.
 */
final class SnapshotSource implements Source {
    private static final int ROWS_PER_POLL = 1024;
    private static final RowType POSITION_TYPE = RowType.of(List.of("split", "next_row"),
            List.of(DataType.of(TypeRoot.INTEGER).withNullable(false), DataType.of(TypeRoot.BIGINT).withNullable(false)));

    private final String name;
    private final Supplier<List<Row>> snapshot;
    private final int[] projection;

    /** A source of the columns at {@code projection} of the rows {@code snapshot} gives. */
    SnapshotSource(String name, Supplier<List<Row>> snapshot, List<Integer> projection) {
        this.name = name;
        this.snapshot = snapshot;
        this.projection = projection.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public boolean isBounded() {
        return true;
    }

    @Override
    public RowType positionType() {
        return POSITION_TYPE;
    }

    @Override
    public int maxParallelism() {
        return 1;
    }

    @Override
    public String describe() {
        return "weir_system(" + name + ")";
    }

    @Override
    public SourceReader createReader(SourceContext context) {
        int next = context.isRestored() ? (int) context.restoredPositions().get(0).getLong(1) : 0;
        return new Reader(context.subtaskIndex() == 0, next);
    }

    private final class Reader implements SourceReader {
        private final boolean readsRows;
        private List<Row> rows = List.of();
        private int next;
        private Row out;

        Reader(boolean readsRows, int next) {
            this.readsRows = readsRows;
            this.next = next;
        }

        @Override
        public void open() {
            if (readsRows) {
                rows = snapshot.get();
            }
            out = new Row(projection.length);
        }

        @Override
        public ReadStatus pollNext(Output output) {
            int end = Math.min(rows.size(), next + ROWS_PER_POLL);
            for (; next < end; next++) {
                Row row = rows.get(next);
                for (int i = 0; i < projection.length; i++) {
                    row.copyField(projection[i], out, i);
                }
                output.emit(ChangeKind.INSERT, out);
            }
            return next >= rows.size() ? ReadStatus.END_OF_INPUT : ReadStatus.MORE_AVAILABLE;
        }

        @Override
        public List<Row> snapshotPositions() {
            return readsRows ? List.of(Row.of(0, (long) next)) : List.of();
        }
    }
}
