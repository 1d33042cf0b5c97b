package io.weir.planner.changelog;

import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;

/**
 * Infers the changelog mode of every node of an optimised plan, bottom up: scans and values insert, a group
 * aggregation retracts, and every other node passes on the changes of its inputs (a Calc forwards {@code -U},
 * {@code +U} and {@code -D} with their kind; a UNION ALL merges its inputs' modes).
 */
public final class ChangelogInference {
    private final Map<RelNode, ChangelogMode> modes = new IdentityHashMap<>();

    private ChangelogInference() {
    }

    /** The mode of each node of {@code root}'s tree, by identity. */
    public static Map<RelNode, ChangelogMode> infer(RelNode root) {
        ChangelogInference inference = new ChangelogInference();
        inference.visit(root);
        return inference.modes;
    }

    private ChangelogMode visit(RelNode rel) {
        ChangelogMode mode = null;
        for (RelNode input : rel.getInputs()) {
            ChangelogMode inputMode = visit(input);
            mode = mode == null ? inputMode : mode.union(inputMode);
        }
        if (rel instanceof Aggregate || mode == null) {
            mode = rel instanceof Aggregate ? ChangelogMode.RETRACT : ChangelogMode.INSERT_ONLY;
        }
        modes.put(rel, mode);
        return mode;
    }
}
