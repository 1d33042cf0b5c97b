package io.weir.connector.datagen;

import io.weir.connector.ConnectorErrors;
import io.weir.connector.SourceSplits;
import io.weir.runtime.connector.ConnectorContext;
import io.weir.runtime.connector.Options;
import io.weir.runtime.operator.RowPredicate;
import io.weir.runtime.row.Row;
import io.weir.runtime.source.FilterableSource;
import io.weir.runtime.source.Source;
import io.weir.runtime.source.SourceContext;
import io.weir.runtime.source.SourceReader;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The {@code datagen} source: rows numbered 0 to {@code number-of-rows} (or without end), split into as many
 * contiguous ranges as the first run had subtasks, each row's sequence columns derived from its number and its random
 * columns from its number and the source's seed. A reader's position is the next row number of each split it owns.
 */
final class DataGenSource implements FilterableSource {
    /** The source is bounded by this many rows, or {@link #UNBOUNDED}. */
    static final long UNBOUNDED = -1;

    /** The columns of a position row: one per split. */
    static final RowType POSITION_TYPE = RowType.of(List.of("split", "split_count", "next_index", "seed"),
            List.of(DataType.of(TypeRoot.INTEGER).withNullable(false), DataType.of(TypeRoot.INTEGER).withNullable(false),
                    DataType.of(TypeRoot.BIGINT).withNullable(false), DataType.of(TypeRoot.BIGINT).withNullable(false)));

    private final List<FieldSpec> fields;
    private final long totalRows;
    private final long seed;
    private final long rowsPerSecond;
    private final RowPredicate predicate;
    private final String filterDescription;

    DataGenSource(List<FieldSpec> fields, long totalRows, long seed, long rowsPerSecond, RowPredicate predicate,
            String filterDescription) {
        this.fields = List.copyOf(fields);
        this.totalRows = totalRows;
        this.seed = seed;
        this.rowsPerSecond = rowsPerSecond;
        this.predicate = predicate;
        this.filterDescription = filterDescription;
    }

    static DataGenSource create(ConnectorContext context) {
        Options options = context.options();
        RowType physical = context.physicalType();
        Long numberOfRows = options.get(DataGenFactory.NUMBER_OF_ROWS);
        if (numberOfRows != null && numberOfRows < 0) {
            throw ConnectorErrors.invalidOptionValue(DataGenFactory.NUMBER_OF_ROWS.key(), numberOfRows.toString(),
                    "a number of rows that is 0 or more");
        }
        long rowsPerSecond = options.get(DataGenFactory.ROWS_PER_SECOND);
        if (rowsPerSecond <= 0) {
            throw ConnectorErrors.invalidOptionValue(DataGenFactory.ROWS_PER_SECOND.key(), Long.toString(rowsPerSecond),
                    "a positive number of rows");
        }
        long total = numberOfRows == null ? UNBOUNDED : numberOfRows;
        List<FieldSpec> all = new ArrayList<>(physical.arity());
        for (int i = 0; i < physical.arity(); i++) {
            FieldSpec spec = FieldSpecs.forColumn(physical.name(i), physical.type(i), options);
            all.add(spec);
            if (FieldSpecs.isSequence(spec)) {
                // A sequence ends the source when it is exhausted, whether or not the query reads its column.
                long length = spec.high() - spec.low() + 1;
                long count = length <= 0 ? Long.MAX_VALUE : length;
                total = total == UNBOUNDED ? count : Math.min(total, count);
            }
        }
        List<FieldSpec> produced = new ArrayList<>(context.projection().size());
        for (int index : context.projection()) {
            produced.add(all.get(index));
        }
        // A fresh seed per planned source, as random columns differ between runs; a restore takes the recorded one.
        return new DataGenSource(produced, total, new SplittableRandom().nextLong(), rowsPerSecond, null, null);
    }

    @Override
    public boolean isBounded() {
        return totalRows != UNBOUNDED;
    }

    @Override
    public RowType positionType() {
        return POSITION_TYPE;
    }

    @Override
    public SourceReader createReader(SourceContext context) {
        int n = context.parallelism();
        int i = context.subtaskIndex();
        long rate = Math.max(1, rowsPerSecond / n + (i < rowsPerSecond % n ? 1 : 0));
        // An unbounded source still splits the row numbers, so that no two splits make the same rows.
        long total = totalRows == UNBOUNDED ? Long.MAX_VALUE : totalRows;
        List<DataGenReader.Split> splits = new ArrayList<>();
        long readerSeed = seed;
        if (context.isRestored()) {
            int splitCount = SourceSplits.restoredSplitCount(context, 1, describe());
            for (Row position : SourceSplits.ownedPositions(context)) {
                int split = position.getInt(0);
                splits.add(new DataGenReader.Split(split, splitCount, position.getLong(2),
                        rangeStart(total, split + 1, splitCount)));
            }
            readerSeed = context.restoredPositions().get(0).getLong(3);
        } else {
            for (int split : SourceSplits.owned(n, context)) {
                splits.add(new DataGenReader.Split(split, n, rangeStart(total, split, n), rangeStart(total, split + 1, n)));
            }
        }
        return new DataGenReader(new RowGenerator(fields), splits, readerSeed, rate, predicate);
    }

    /** Where subtask {@code i} of {@code n} starts: shares differ by at most one row. */
    static long rangeStart(long total, int i, int n) {
        return (total / n) * i + Math.min(i, total % n);
    }

    @Override
    public Source withFilter(RowPredicate filter, String description) {
        RowPredicate combined = filter;
        String combinedDescription = description;
        if (predicate != null) {
            RowPredicate first = predicate;
            combined = row -> first.test(row) && filter.test(row);
            combinedDescription = filterDescription + " AND " + description;
        }
        return new DataGenSource(fields, totalRows, seed, rowsPerSecond, combined, combinedDescription);
    }

    @Override
    public String describe() {
        StringBuilder b = new StringBuilder("datagen(rows-per-second=").append(rowsPerSecond);
        if (totalRows != UNBOUNDED) {
            b.append(", rows=").append(totalRows);
        }
        if (filterDescription != null) {
            b.append(", filter=[").append(filterDescription).append(']');
        }
        return b.append(')').toString();
    }

    /** The smallest and largest value of a DECIMAL(p, s), as a double. */
    static double decimalBound(DataType type) {
        return BigDecimal.TEN.pow(type.precision() - type.scale())
                .subtract(BigDecimal.ONE.movePointLeft(type.scale())).doubleValue();
    }

    static long maxPastMillis(Duration duration) {
        return Math.max(0, duration.toMillis());
    }
}
