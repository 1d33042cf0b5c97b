package io.weir.checkpoint.internal;

import io.weir.checkpoint.SystemTableReader;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The system tables over the metadata database: each a query whose columns map one to one, by type, onto the
 * table's columns; locations and file paths are made absolute.
 */
final class JdbiSystemTableReader implements SystemTableReader {
    private static final DataType STRING = DataType.string();
    private static final DataType KEY = DataType.string().withNullable(false);
    private static final DataType BIGINT = DataType.of(TypeRoot.BIGINT).withNullable(false);
    private static final DataType INT = DataType.of(TypeRoot.INTEGER).withNullable(false);
    private static final DataType TIME = DataType.of(TypeRoot.TIMESTAMP_LTZ, 3).withNullable(false);

    /** A system table: its columns and the query that reads them, in order. */
    private record Definition(String name, RowType columns, String query) {
    }

    private static final List<String> CATALOG_COLUMNS = List.of("table_catalog", "table_schema", "table_name");

    private final Jdbi jdbi;
    private final Path dataDir;
    private final Map<String, Definition> definitions = new TreeMap<>();

    JdbiSystemTableReader(Jdbi jdbi, Path dataDir) {
        this.jdbi = jdbi;
        this.dataDir = dataDir;
        define("jobs", "SELECT job_id, job_name, sql_text, status, parallelism, start_time, end_time, restarts, "
                        + "late_records_dropped, failure FROM jobs ORDER BY start_time, job_id",
                "job_id", KEY, "name", KEY, "sql_text", KEY, "status", KEY, "parallelism", nullable(INT),
                "start_time", TIME, "end_time", nullable(TIME), "restarts", INT, "late_records_dropped", BIGINT,
                "failure", STRING);
        define("checkpoints", "SELECT job_id, checkpoint_id, kind, checkpointing_mode, status, trigger_time, "
                        + "completion_time, DATEDIFF(MILLISECOND, trigger_time, completion_time), sync_duration_ms, "
                        + "async_duration_ms, alignment_ms, state_size_bytes, written_bytes, in_flight_bytes, "
                        + "state_row_count, file_count, max_parallelism, location FROM checkpoints "
                        + "ORDER BY job_id, checkpoint_id",
                "job_id", KEY, "checkpoint_id", BIGINT, "kind", KEY, "mode", KEY, "status", KEY, "trigger_time", TIME,
                "completion_time", TIME, "duration_ms", BIGINT, "sync_duration_ms", BIGINT, "async_duration_ms", BIGINT,
                "alignment_ms", BIGINT, "size_bytes", BIGINT, "incremental_bytes", BIGINT, "in_flight_bytes", BIGINT,
                "state_rows", BIGINT, "file_count", INT, "max_parallelism", INT, "location", KEY);
        define("checkpoint_operators", "SELECT f.job_id, f.checkpoint_id, f.operator_uid, f.subtask, "
                        + "SUM(f.size_bytes), SUM(f.row_count), COUNT(*), a.ack_time FROM state_files f "
                        + "LEFT JOIN checkpoint_acknowledgements a ON a.job_id = f.job_id AND a.checkpoint_id = "
                        + "f.checkpoint_id AND a.operator_uid = f.operator_uid AND a.subtask = f.subtask "
                        + "GROUP BY f.job_id, f.checkpoint_id, f.operator_uid, f.subtask, a.ack_time "
                        + "ORDER BY f.job_id, f.checkpoint_id, f.operator_uid, f.subtask",
                "job_id", KEY, "checkpoint_id", BIGINT, "operator_uid", KEY, "subtask", INT, "state_bytes", BIGINT,
                "state_rows", BIGINT, "file_count", BIGINT, "ack_time", nullable(TIME));
        define("state_files", "SELECT f.job_id, f.checkpoint_id, c.location, f.file_checkpoint_id, f.file_path, "
                        + "f.operator_uid, f.state_name, f.state_kind, f.subtask, f.first_key_group, f.last_key_group, "
                        + "f.content, f.row_count, f.size_bytes, f.checksum FROM state_files f JOIN checkpoints c ON "
                        + "c.job_id = f.job_id AND c.checkpoint_id = f.checkpoint_id ORDER BY f.job_id, "
                        + "f.checkpoint_id, f.operator_uid, f.state_name, f.subtask, f.first_key_group, "
                        + "f.file_checkpoint_id",
                "job_id", KEY, "checkpoint_id", BIGINT, "path", KEY, "written_by_checkpoint_id", BIGINT,
                "operator_uid", KEY, "state_name", KEY, "state_kind", KEY, "subtask", INT, "first_key_group", INT,
                "last_key_group", INT, "content", KEY, "row_count", BIGINT, "size_bytes", BIGINT, "checksum", KEY);
        define("savepoints", "SELECT job_id, checkpoint_id, location, completion_time, state_size_bytes "
                        + "FROM checkpoints WHERE kind = 'SAVEPOINT' ORDER BY completion_time, job_id, checkpoint_id",
                "job_id", KEY, "checkpoint_id", BIGINT, "location", KEY, "completion_time", TIME, "size_bytes", BIGINT);
        define("tables", "SELECT o.catalog_name, o.database_name, o.object_name, CASE o.kind WHEN 'VIEW' THEN 'VIEW' "
                        + "ELSE 'BASE TABLE' END, (SELECT p.option_value FROM catalog_options p WHERE p.object_id = "
                        + "o.object_id AND p.option_key = 'connector'), o.object_comment, o.created_at, o.ddl "
                        + "FROM catalog_objects o ORDER BY o.catalog_key, o.database_key, o.name_key",
                "table_catalog", KEY, "table_schema", KEY, "table_name", KEY, "table_type", KEY, "connector", STRING,
                "comment", STRING, "created_at", TIME, "ddl", KEY);
        define("columns", "SELECT o.catalog_name, o.database_name, o.object_name, c.column_name, c.position + 1, "
                        + "c.type_text, CASE WHEN c.nullable THEN 'YES' ELSE 'NO' END, c.expression, c.column_comment "
                        + "FROM catalog_columns c JOIN catalog_objects o ON o.object_id = c.object_id "
                        + "ORDER BY o.catalog_key, o.database_key, o.name_key, c.position",
                "table_catalog", KEY, "table_schema", KEY, "table_name", KEY, "column_name", KEY,
                "ordinal_position", INT, "data_type", KEY, "is_nullable", KEY, "computed_expression", STRING,
                "comment", STRING);
        define("views", "SELECT o.catalog_name, o.database_name, o.object_name, v.query_text FROM catalog_views v "
                        + "JOIN catalog_objects o ON o.object_id = v.object_id "
                        + "ORDER BY o.catalog_key, o.database_key, o.name_key",
                "table_catalog", KEY, "table_schema", KEY, "table_name", KEY, "view_definition", KEY);
        define("options", "SELECT o.catalog_name, o.database_name, o.object_name, p.position + 1, p.option_key, "
                        + "p.option_value FROM catalog_options p JOIN catalog_objects o ON o.object_id = p.object_id "
                        + "ORDER BY o.catalog_key, o.database_key, o.name_key, p.position",
                "table_catalog", KEY, "table_schema", KEY, "table_name", KEY, "ordinal_position", INT,
                "option_key", KEY, "option_value", KEY);
    }

    private static DataType nullable(DataType type) {
        return type.withNullable(true);
    }

    /** Defines a table by its query and its columns, as name and type pairs in the query's order. */
    private void define(String name, String query, Object... columns) {
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        for (int i = 0; i < columns.length; i += 2) {
            names.add((String) columns[i]);
            types.add((DataType) columns[i + 1]);
        }
        definitions.put(name, new Definition(name, RowType.of(names, types), query));
    }

    @Override
    public List<String> names() {
        return List.copyOf(definitions.keySet());
    }

    @Override
    public Optional<RowType> columns(String name) {
        return Optional.ofNullable(definitions.get(name.toLowerCase(Locale.ROOT))).map(Definition::columns);
    }

    @Override
    public List<Row> read(String name) {
        Definition definition = definitions.get(name.toLowerCase(Locale.ROOT));
        if (definition == null) {
            throw new IllegalArgumentException("no system table " + name);
        }
        try {
            return jdbi.inTransaction(handle -> handle.createQuery(definition.query())
                    .map((rs, ctx) -> row(definition, rs))
                    .list());
        } catch (JdbiException e) {
            throw StoreErrors.storeFailed("read system table '" + name + "'", e);
        }
    }

    private Row row(Definition definition, ResultSet rs) throws SQLException {
        if (definition.name().equals("state_files")) {
            return stateFileRow(definition.columns(), rs);
        }
        RowType columns = definition.columns();
        Row row = new Row(columns.arity());
        for (int i = 0; i < columns.arity(); i++) {
            Object value = value(columns.type(i), rs, i + 1);
            if (value != null && columns.name(i).equals("location")) {
                value = dataDir.resolve((String) value).normalize().toString();
            }
            row.setBoxed(i, value);
        }
        return row;
    }

    /** A state file's row, its path made absolute: the file lives in the directory of the checkpoint that wrote it. */
    private Row stateFileRow(RowType columns, ResultSet rs) throws SQLException {
        Row row = new Row(columns.arity());
        row.setObject(0, rs.getString(1));
        row.setLong(1, rs.getLong(2));
        Path listing = dataDir.resolve(rs.getString(3));
        long writtenBy = rs.getLong(4);
        // A file an earlier checkpoint wrote is in that checkpoint's directory, a sibling of the listing one's.
        Path directory = writtenBy == rs.getLong(2) ? listing : listing.resolveSibling(Long.toString(writtenBy));
        row.setObject(2, directory.resolve(rs.getString(5)).normalize().toString());
        row.setLong(3, writtenBy);
        for (int i = 4; i < columns.arity(); i++) {
            row.setBoxed(i, value(columns.type(i), rs, i + 2));
        }
        return row;
    }

    private static Object value(DataType type, ResultSet rs, int column) throws SQLException {
        switch (type.root()) {
            case TIMESTAMP_LTZ: {
                OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
                return time == null ? null : time.toInstant().toEpochMilli();
            }
            case BIGINT: {
                long value = rs.getLong(column);
                return rs.wasNull() ? null : value;
            }
            case INTEGER: {
                int value = rs.getInt(column);
                return rs.wasNull() ? null : value;
            }
            default:
                return rs.getString(column);
        }
    }
}
