package io.weir.runtime.checkpoint;

import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One table of rows a subtask writes into a checkpoint: one named state of one operator, its timers, a source's
 * positions, a sink's pending commits or in-flight rows. Its schema is what the state file's columns are; keyed
 * kinds start with a {@code key_group INT NOT NULL} column, so a restore at another parallelism can pick the rows of
 * the key groups it owns.
 *
 * @param operatorUid the stable id of the operator that owns the state (see {@code OperatorSpec#uid()})
 * @param name the state's name, unique within the operator (e.g. {@code windows}, {@code timers.event})
 * @param kind what the rows are
 * @param schema the columns, with SQL types and unique names
 */
public record StateTable(String operatorUid, String name, StateKind kind, RowType schema) {
    public StateTable {
        Objects.requireNonNull(operatorUid, "operatorUid");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schema, "schema");
    }

    /**
     * The columns of a delta file of this table ({@link StateFile.Content#DELTA}): a {@code deleted BOOLEAN NOT
     * NULL} marker first (named {@code deleted_1}, {@code deleted_2}, … if the table has a column {@code deleted}),
     * then the table's columns, every one after {@code key_group} nullable, since a tombstone sets only the key.
     */
    public RowType deltaSchema() {
        List<DataType.Field> fields = new ArrayList<>(schema.arity() + 1);
        String marker = "deleted";
        for (int n = 1; hasColumn(marker); n++) {
            marker = "deleted_" + n;
        }
        fields.add(new DataType.Field(marker, DataType.of(TypeRoot.BOOLEAN).withNullable(false)));
        for (int i = 0; i < schema.arity(); i++) {
            DataType type = schema.type(i);
            fields.add(new DataType.Field(schema.name(i), i == 0 ? type : type.withNullable(true)));
        }
        return new RowType(fields);
    }

    private boolean hasColumn(String name) {
        for (int i = 0; i < schema.arity(); i++) {
            if (schema.name(i).toLowerCase(Locale.ROOT).equals(name)) {
                return true;
            }
        }
        return false;
    }
}
