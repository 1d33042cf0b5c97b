package io.weir.planner.codegen;

import io.weir.runtime.row.Row;

/**
 * A Calc compiled to bytecode: a condition and projections over one input row. Generated classes implement it;
 * one instance per subtask, called by that subtask's thread only.
 */
public interface CalcProgram {
    /**
     * Evaluates the condition on {@code in} and, if it holds (NULL does not), writes the projections into {@code out}.
     *
     * @return whether the row passed the condition
     */
    boolean apply(Row in, Row out);
}
