package io.weir.session;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.ArrayList;
import java.util.List;

/** Builds the small tables that SHOW, DESCRIBE, SET and EXPLAIN answer with. */
final class ResultTables {
    private ResultTables() {
    }

    /** A table of STRING columns. */
    static StatementResult.Table strings(List<String> columnNames, List<List<String>> rows) {
        List<DataType> types = new ArrayList<>();
        for (int i = 0; i < columnNames.size(); i++) {
            types.add(DataType.string());
        }
        List<Row> converted = new ArrayList<>(rows.size());
        for (List<String> values : rows) {
            converted.add(Row.of(values.toArray()));
        }
        return new StatementResult.Table(RowType.of(columnNames, types), converted);
    }

    /** One STRING column with one value per row. */
    static StatementResult.Table column(String name, List<String> values) {
        List<List<String>> rows = new ArrayList<>(values.size());
        for (String value : values) {
            rows.add(List.of(value));
        }
        return strings(List.of(name), rows);
    }

    static DataType bool() {
        return DataType.of(TypeRoot.BOOLEAN).withNullable(false);
    }

    /** Flink's {@code TIMESTAMP_WITH_LOCAL_TIME_ZONE()}, whose default precision is 6. */
    static DataType timestampLtz() {
        return DataType.of(TypeRoot.TIMESTAMP_LTZ, 6);
    }
}
