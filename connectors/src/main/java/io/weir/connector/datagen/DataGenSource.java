package io.weir.connector.datagen;

import io.weir.connector.ConnectorErrors;
import io.weir.runtime.connector.ConnectorContext;
import io.weir.runtime.connector.Options;
import io.weir.runtime.operator.RowPredicate;
import io.weir.runtime.source.FilterableSource;
import io.weir.runtime.source.Source;
import io.weir.runtime.source.SourceContext;
import io.weir.runtime.source.SourceReader;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code datagen} source: rows numbered 0 to {@code number-of-rows} (or without end), split into one contiguous
 * range per subtask, each row's sequence columns derived from its number and its random columns drawn fresh.
 */
final class DataGenSource implements FilterableSource {
    /** The source is bounded by this many rows, or {@link #UNBOUNDED}. */
    static final long UNBOUNDED = -1;

    private final List<FieldSpec> fields;
    private final long totalRows;
    private final long rowsPerSecond;
    private final RowPredicate predicate;
    private final String filterDescription;

    DataGenSource(List<FieldSpec> fields, long totalRows, long rowsPerSecond, RowPredicate predicate,
            String filterDescription) {
        this.fields = List.copyOf(fields);
        this.totalRows = totalRows;
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
        return new DataGenSource(produced, total, rowsPerSecond, null, null);
    }

    @Override
    public boolean isBounded() {
        return totalRows != UNBOUNDED;
    }

    @Override
    public SourceReader createReader(SourceContext context) {
        int n = context.parallelism();
        int i = context.subtaskIndex();
        long first;
        long end;
        if (totalRows == UNBOUNDED) {
            first = 0;
            end = Long.MAX_VALUE;
        } else {
            first = rangeStart(totalRows, i, n);
            end = rangeStart(totalRows, i + 1, n);
        }
        long rate = Math.max(1, rowsPerSecond / n + (i < rowsPerSecond % n ? 1 : 0));
        return new DataGenReader(new RowGenerator(fields), first, end, rate, predicate);
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
        return new DataGenSource(fields, totalRows, rowsPerSecond, combined, combinedDescription);
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
