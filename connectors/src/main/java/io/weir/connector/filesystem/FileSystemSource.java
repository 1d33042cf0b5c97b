package io.weir.connector.filesystem;

import io.weir.runtime.operator.RowPredicate;
import io.weir.runtime.source.FilterableSource;
import io.weir.runtime.source.Source;
import io.weir.runtime.source.SourceContext;
import io.weir.runtime.source.SourceReader;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bounded source of a filesystem table. The files are listed once, when the first reader is created, so every
 * subtask sees the same list; file {@code i} is read by subtask {@code i % parallelism}.
 */
final class FileSystemSource implements FilterableSource {
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
    public SourceReader createReader(SourceContext context) {
        List<Path> all = files();
        List<Path> mine = new ArrayList<>();
        for (int i = context.subtaskIndex(); i < all.size(); i += context.parallelism()) {
            mine.add(all.get(i));
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
