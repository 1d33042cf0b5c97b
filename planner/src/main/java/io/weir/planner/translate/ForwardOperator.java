package io.weir.planner.translate;

import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;

/** Passes every change through unchanged: the body of a UNION ALL vertex, which only merges its inputs. */
final class ForwardOperator implements Operator {
    @Override
    public void process(ChangeKind kind, Row row, Output out) {
        out.emit(kind, row);
    }
}
