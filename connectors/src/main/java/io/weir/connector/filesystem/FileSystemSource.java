package io.weir.connector.filesystem;

import io.weir.connector.SourceSplits;
import io.weir.runtime.operator.RowPredicate;
import io.weir.runtime.row.Row;
import io.weir.runtime.source.FilterableSource;
import io.weir.runtime.source.Source;
import io.weir.runtime.source.SourceContext;
import io.weir.runtime.source.SourceReader;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bounded source of a filesystem table. The files are listed once, when the first reader is created, so every
 * subtask sees the same list; file {@code i} is split {@code i}, read by subtask {@code i % parallelism}. A restore
 * reads the files its positions name, not a new listing, so it continues the input of the first run.
 */
final class FileSystemSource implements FilterableSource {
    /** The columns of a position row, one per file; for Parquet, {@code line} counts rows, {@code char_offset} is 0. */
    static final RowType POSITION_TYPE = RowType.of(List.of("split", "path", "line", "char_offset", "done"),
            List.of(DataType.of(TypeRoot.INTEGER).withNullable(false), DataType.string().withNullable(false),
                    DataType.of(TypeRoot.BIGINT).withNullable(false), DataType.of(TypeRoot.BIGINT).withNullable(false),
                    DataType.of(TypeRoot.BOOLEAN).withNullable(false)));

    private final String tableName;
    private final Path path;
    private final FileFormat format;
    private final RowType physicalType;
    private final List<Integer> projection;
    private final RowPredicate predicate;
    private final String filterDescription;
    private List<Path> files;

    FileSystemSource(String tableName, Path path, FileFormat format, RowType physicalType, List<Integer> projection,
            RowPredicate predicate, String filterDescription) {
        this.tableName = tableName;
        this.path = path;
        this.format = format;
        this.physicalType = physicalType;
        this.projection = List.copyOf(projection);
        this.predicate = predicate;
        this.filterDescription = filterDescription;
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
    public SourceReader createReader(SourceContext context) {
        List<FileSystemReader.FileSplit> mine = new ArrayList<>();
        if (context.isRestored()) {
            for (Row position : SourceSplits.ownedPositions(context)) {
                mine.add(FileSystemReader.FileSplit.ofPosition(position));
            }
        } else {
            List<Path> all = files();
            for (int split : SourceSplits.owned(all.size(), context)) {
                mine.add(new FileSystemReader.FileSplit(split, all.get(split), 0, 0, false));
            }
        }
        return new FileSystemReader(tableName, context.subtaskIndex(), mine, decoder(), projection.size(), predicate);
    }

    private synchronized List<Path> files() {
        if (files == null) {
            files = FileLister.list(path);
        }
        return files;
    }

    private RecordDecoder decoder() {
        if (format.isCsv()) {
            return new CsvDecoder(physicalType, projection, format.csv());
        }
        List<DataType.Field> produced = new ArrayList<>();
        for (int index : projection) {
            produced.add(physicalType.fields().get(index));
        }
        if (format.isParquet()) {
            return new ParquetDecoder(new RowType(produced));
        }
        return new JsonDecoder(new RowType(produced), format.ignoreParseErrors());
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
        return new FileSystemSource(tableName, path, format, physicalType, projection, combined, combinedDescription);
    }

    @Override
    public String describe() {
        StringBuilder b = new StringBuilder("filesystem(path=").append(path).append(", format=").append(format.name());
        if (filterDescription != null) {
            b.append(", filter=[").append(filterDescription).append(']');
        }
        return b.append(')').toString();
    }
}
