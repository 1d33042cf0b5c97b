package io.weir.shell;

import java.util.List;

/** The SQL keywords the shell completes: those of the statements and queries Weir runs. */
final class SqlKeywords {
    static final List<String> ALL = List.of(
            "ADD", "ALL", "AND", "AS", "ASC", "BETWEEN", "BIGINT", "BINARY", "BOOLEAN", "BY", "BYTES", "CASE", "CAST",
            "CHAR", "COALESCE", "COUNT", "CREATE", "CROSS", "CURRENT_DATE", "CURRENT_TIMESTAMP", "DATE", "DECIMAL",
            "DESC", "DESCRIBE", "DISTINCT", "DOUBLE", "DROP", "ELSE", "END", "ENFORCED", "EXCEPT", "EXISTS", "EXPLAIN",
            "FALSE", "FETCH", "FLOAT", "FOR", "FROM", "FULL", "GROUP", "HAVING", "IF", "IN", "INNER", "INSERT", "INT",
            "INTEGER", "INTERSECT", "INTERVAL", "INTO", "IS", "JOB", "JOBS", "JOIN", "KEY", "LEFT", "LIKE", "LIMIT",
            "NOT", "NULL", "OFFSET", "ON", "OR", "ORDER", "OUTER", "OVERWRITE", "PRIMARY", "RESET", "RIGHT", "ROW",
            "SELECT", "SET", "SHOW", "SMALLINT", "STOP", "STRING", "TABLE", "TABLES", "TEMPORARY", "THEN", "TIME",
            "TIMESTAMP", "TIMESTAMP_LTZ", "TINYINT", "TRUE", "UNION", "VALUES", "VARBINARY", "VARCHAR", "VIEW",
            "VIEWS", "WATERMARK", "WHEN", "WHERE", "WITH");

    private SqlKeywords() {
    }
}
