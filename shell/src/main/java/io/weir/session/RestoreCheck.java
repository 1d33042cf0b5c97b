package io.weir.session;

import io.weir.runtime.job.RestorePlan;

/**
 * The section EXPLAIN adds for an INSERT while {@code execution.state-recovery.path} is set: each stateful operator
 * of the new plan as {@code restored from '<location>' (<uid>, states ..., N rows, B bytes)} or
 * {@code new (empty state)}, each state of the checkpoint no operator claims as {@code unclaimed}, and whether the
 * INSERT would start or fail.
 */
final class RestoreCheck {
    static final String TITLE = "== State Restore ==";

    private RestoreCheck() {
    }

    /** The section's text, its lines separated by {@code \n}, without a trailing newline. */
    static String describe(RestorePlan plan, boolean ignoreUnclaimedState) {
        StringBuilder out = new StringBuilder(TITLE).append('\n');
        out.append("from checkpoint ").append(plan.checkpoint().checkpointId()).append(" of job '")
                .append(plan.checkpoint().jobId()).append("' at '").append(plan.checkpoint().location()).append("'\n");
        for (RestorePlan.OperatorState operator : plan.operators()) {
            out.append(operator.operatorName()).append(": ");
            if (operator.restored() == null) {
                out.append("new (empty state; uid ").append(operator.uid()).append(')');
            } else {
                out.append("restored from '").append(plan.checkpoint().location()).append("' (")
                        .append(state(operator.restored())).append(')');
            }
            out.append('\n');
        }
        for (RestorePlan.StateOf state : plan.unclaimed()) {
            out.append("unclaimed: ").append(state(state)).append('\n');
        }
        if (plan.unclaimed().isEmpty()) {
            out.append("every state of the checkpoint is claimed");
        } else if (ignoreUnclaimedState) {
            out.append("'execution.state-recovery.ignore-unclaimed-state' is true: the unclaimed state is dropped");
        } else {
            out.append("'execution.state-recovery.ignore-unclaimed-state' is false: this INSERT would fail; set it "
                    + "to 'true' to drop the unclaimed state");
        }
        return out.toString();
    }

    private static String state(RestorePlan.StateOf state) {
        return state.uid() + ", states " + String.join(", ", state.stateNames()) + ", " + state.rows() + " rows, "
                + state.bytes() + " bytes";
    }
}
