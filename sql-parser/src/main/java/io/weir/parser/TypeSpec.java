package io.weir.parser;

import java.util.List;
import java.util.Objects;

/**
 * A data type as written in DDL, before the planner resolves it.
 *
 * @param name the type's canonical upper-case name: BOOLEAN, TINYINT, SMALLINT, INT, BIGINT, FLOAT, DOUBLE,
 *     DECIMAL, CHAR, VARCHAR, STRING, BINARY, VARBINARY, BYTES, DATE, TIME, TIMESTAMP, TIMESTAMP_LTZ, ROW
 *     (synonyms such as INTEGER, NUMERIC, DEC, DOUBLE PRECISION and TIMESTAMP WITH LOCAL TIME ZONE are mapped)
 * @param parameters precision and scale as written (empty, one or two numbers)
 * @param nullable false when {@code NOT NULL} follows the type
 * @param fields the fields of a ROW type
 */
public record TypeSpec(String name, List<Integer> parameters, boolean nullable, List<Field> fields, SourceSpan span) {
    public TypeSpec {
        Objects.requireNonNull(name, "name");
        parameters = List.copyOf(parameters);
        fields = List.copyOf(fields);
        Objects.requireNonNull(span, "span");
    }

    /** A field of a ROW type. */
    public record Field(String name, TypeSpec type) {
    }
}
