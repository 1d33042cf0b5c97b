package io.weir.runtime.checkpoint;

import io.weir.runtime.type.RowType;
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
}
