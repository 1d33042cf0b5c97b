package io.weir.checkpoint.internal.parquet;

import io.weir.runtime.row.Row;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Run in a child JVM by {@link PlainJvmTest}: writes and reads back a file of every type, and prints how many rows
 * came back equal.
 */
public final class WriteAndReadInAPlainJvm {
    private WriteAndReadInAPlainJvm() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        List<Row> rows = List.of(EveryTypeRows.full(), EveryTypeRows.nulls());
        ParquetRowWriter.write(file, EveryTypeRows.rowType(), Map.of("weir.test", "plain"), rows);
        List<Row> read = new ArrayList<>();
        ParquetRowReader.read(file, EveryTypeRows.rowType(), row -> read.add(row.copy()));
        System.out.println("equal rows: " + (read.equals(rows) ? read.size() : -1));
    }
}
