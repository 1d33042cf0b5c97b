package io.weir.runtime.testing;

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
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded source of rows {@code (id BIGINT, key BIGINT)} with ids {@code 0..count-1} and keys {@code id % keys},
 * that resumes from positions: subtask {@code i} of {@code n} reads the ids congruent to {@code i} modulo {@code n},
 * and records the next id it would read. It reads only ids below what the test has {@linkplain #release released},
 * so a test decides how far the job gets before a checkpoint or a fault. Thread-safe.
 */
public final class GatedSequenceSource implements Source {
    /** The rows' type. */
    public static final RowType TYPE = RowType.of(List.of("id", "key"),
            List.of(DataType.of(TypeRoot.BIGINT), DataType.of(TypeRoot.BIGINT)));
    /** A position: the split (the subtask index) and the next id it reads. */
    public static final RowType POSITION = RowType.of(List.of("split", "next_id"),
            List.of(DataType.of(TypeRoot.INTEGER), DataType.of(TypeRoot.BIGINT)));

    private final long count;
    private final long keys;
    private final AtomicLong released = new AtomicLong();

    public GatedSequenceSource(long count, long keys) {
        this.count = count;
        this.keys = keys;
    }

    /** Lets the readers read every id below {@code limit}. */
    public void release(long limit) {
        released.accumulateAndGet(limit, Math::max);
    }

    @Override
    public boolean isBounded() {
        return true;
    }

    @Override
    public RowType positionType() {
        return POSITION;
    }

    @Override
    public SourceReader createReader(SourceContext context) {
        long start = context.subtaskIndex();
        for (Row position : context.restoredPositions()) {
            if (position.getInt(0) == context.subtaskIndex()) {
                start = position.getLong(1);
            }
        }
        long first = start;
        return new SourceReader() {
            private final Row row = new Row(2);
            private long next = first;

            @Override
            public ReadStatus pollNext(Output out) {
                long limit = Math.min(released.get(), count);
                int emitted = 0;
                while (next < limit && emitted < 50) {
                    row.setLong(0, next);
                    row.setLong(1, next % keys);
                    out.emit(ChangeKind.INSERT, row);
                    next += context.parallelism();
                    emitted++;
                }
                if (next >= count) {
                    return ReadStatus.END_OF_INPUT;
                }
                return emitted > 0 ? ReadStatus.MORE_AVAILABLE : ReadStatus.NOTHING_AVAILABLE;
            }

            @Override
            public List<Row> snapshotPositions() {
                return List.of(Row.of(context.subtaskIndex(), next));
            }
        };
    }
}
