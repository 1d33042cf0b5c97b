package io.weir.planner;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContexts;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexExecutor;
import org.apache.calcite.rex.RexExecutorImpl;
import org.apache.calcite.rex.RexNode;

/**
 * Folds constant expressions at planning time, one at a time; an expression that fails (a CAST of a bad literal,
 * a division by zero) is left as it is, so it fails the job at run time as in Flink.
 */
final class SafeRexExecutor implements RexExecutor {
    private final RexExecutor delegate = new RexExecutorImpl(DataContexts.EMPTY);

    @Override
    public void reduce(RexBuilder rexBuilder, List<RexNode> constExps, List<RexNode> reducedValues) {
        for (RexNode expression : constExps) {
            List<RexNode> reduced = new ArrayList<>(1);
            try {
                delegate.reduce(rexBuilder, List.of(expression), reduced);
                reducedValues.add(reduced.get(0));
            } catch (RuntimeException e) {
                reducedValues.add(expression);
            }
        }
    }
}
