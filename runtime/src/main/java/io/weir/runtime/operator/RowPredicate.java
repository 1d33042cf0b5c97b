package io.weir.runtime.operator;

import io.weir.runtime.row.Row;

/** A compiled condition over a row; SQL's NULL and FALSE both reject. */
@FunctionalInterface
public interface RowPredicate {
    boolean test(Row row);
}
