package io.weir.planner.changelog;

import io.weir.planner.RuntimeMode;
import io.weir.planner.rel.WeirSink;
import io.weir.planner.window.WeirWindowAggregate;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.sink.AcceptedChanges;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.TableFunctionScan;
import org.apache.calcite.rel.core.Union;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;

/**
 * Infers the changelog mode of every node of an optimised plan in two passes, as Flink does.
 *
 * <p>Bottom up, the kinds of change each node produces: scans and values insert; a group aggregation inserts and
 * updates, and deletes too when its input updates or deletes; a window aggregation inserts; Calcs and UNION ALL pass
 * on their inputs' kinds. Top down, whether each updating node must emit {@code -U} before its {@code +U}: a sink
 * that takes every change needs it, and so does a group aggregation over an updating input (it retracts the old
 * row's contribution); a sink that takes upserts needs it only when its table's primary key is not the unique key
 * of the query's rows; a filtering Calc over updates needs it (a row that stops matching must be retracted); other
 * Calcs and UNION ALL forward their consumer's need. An updating node that need not emit {@code -U} is an upsert
 * changelog on its unique key: the group keys of an aggregation, carried through projections that keep them.
 *
 * <p>In batch mode a group aggregation emits each group's final result once, at the end of its input, so every node
 * is insert-only.
 */
public final class ChangelogInference {
    private final Map<RelNode, Set<ChangeKind>> produced = new IdentityHashMap<>();
    private final Map<RelNode, ChangelogMode> modes = new IdentityHashMap<>();
    private final RuntimeMode runtimeMode;

    private ChangelogInference(RuntimeMode runtimeMode) {
        this.runtimeMode = runtimeMode;
    }

    /**
     * The mode of each node of {@code root}'s tree, by identity.
     *
     * @param sinkChanges the changes taken by the sink at the root: the table's sink when {@code root} is a
     *     {@link WeirSink}, the result sink (which takes every change) for a query
     * @param runtimeMode the statement's mode: in batch mode aggregations emit final results only
     */
    public static Map<RelNode, ChangelogMode> infer(RelNode root, AcceptedChanges sinkChanges,
            RuntimeMode runtimeMode) {
        ChangelogInference inference = new ChangelogInference(runtimeMode);
        inference.produce(root);
        if (root instanceof WeirSink) {
            inference.sink((WeirSink) root, sinkChanges);
        } else {
            inference.require(root, sinkChanges == AcceptedChanges.ALL_CHANGES);
        }
        return inference.modes;
    }

    /** The unique key of {@code rel}'s rows as field indexes, or an empty list if none is known. */
    public static List<Integer> uniqueKey(RelNode rel) {
        if (rel instanceof Aggregate) {
            Aggregate aggregate = (Aggregate) rel;
            if (aggregate.getGroupType() != Aggregate.Group.SIMPLE) {
                // Grouping sets NULL the keys outside each set, so one output key may come from two sets.
                return List.of();
            }
            List<Integer> key = new ArrayList<>();
            for (int i = 0; i < aggregate.getGroupCount(); i++) {
                key.add(i);
            }
            return key;
        }
        if (rel instanceof Calc) {
            RexProgram program = ((Calc) rel).getProgram();
            List<RexNode> projects = new ArrayList<>();
            for (int i = 0; i < program.getProjectList().size(); i++) {
                projects.add(program.expandLocalRef(program.getProjectList().get(i)));
            }
            return projectedKey(uniqueKey(rel.getInput(0)), projects);
        }
        if (rel instanceof Project) {
            return projectedKey(uniqueKey(rel.getInput(0)), ((Project) rel).getProjects());
        }
        if (rel instanceof WeirSink) {
            return uniqueKey(rel.getInput(0));
        }
        return List.of();
    }

    /**
     * The output positions of {@code inputKey}'s fields, or an empty list if a projection drops one of them; a field
     * cast without loss (such as CHAR to a longer VARCHAR) still identifies the row.
     */
    private static List<Integer> projectedKey(List<Integer> inputKey, List<RexNode> projects) {
        if (inputKey.isEmpty()) {
            return List.of();
        }
        List<Integer> key = new ArrayList<>();
        for (int field : inputKey) {
            int position = -1;
            for (int i = 0; i < projects.size() && position < 0; i++) {
                RexNode project = projects.get(i);
                if (project.getKind() == SqlKind.CAST && RexUtil.isLosslessCast(project)) {
                    project = ((RexCall) project).getOperands().get(0);
                }
                if (project instanceof RexInputRef && ((RexInputRef) project).getIndex() == field) {
                    position = i;
                }
            }
            if (position < 0) {
                return List.of();
            }
            key.add(position);
        }
        return key;
    }

    /** Pass 1: the kinds of change {@code rel} produces, {@code UPDATE_AFTER} standing for updates of either kind. */
    private Set<ChangeKind> produce(RelNode rel) {
        EnumSet<ChangeKind> inputs = EnumSet.noneOf(ChangeKind.class);
        for (RelNode input : rel.getInputs()) {
            inputs.addAll(produce(input));
        }
        EnumSet<ChangeKind> kinds;
        if (rel instanceof WeirWindowAggregate || inputs.isEmpty()
                || rel instanceof Aggregate && runtimeMode == RuntimeMode.BATCH) {
            kinds = EnumSet.of(ChangeKind.INSERT);
        } else if (rel instanceof Aggregate) {
            kinds = EnumSet.of(ChangeKind.INSERT, ChangeKind.UPDATE_AFTER);
            if (inputs.contains(ChangeKind.UPDATE_AFTER) || inputs.contains(ChangeKind.DELETE)) {
                kinds.add(ChangeKind.DELETE);
            }
        } else {
            kinds = inputs;
        }
        produced.put(rel, kinds);
        return kinds;
    }

    private boolean updates(RelNode rel) {
        return produced.get(rel).contains(ChangeKind.UPDATE_AFTER);
    }

    /** Pass 2 at an INSERT's sink: what its table's sink takes decides what the query must emit. */
    private void sink(WeirSink sink, AcceptedChanges changes) {
        RelNode input = sink.getInput();
        boolean before = changes == AcceptedChanges.ALL_CHANGES
                || changes == AcceptedChanges.UPSERTS && !sink.primaryKey().isEmpty()
                        && !Set.copyOf(sink.primaryKey()).equals(Set.copyOf(uniqueKey(input)));
        require(input, before);
        modes.put(sink, modes.get(input));
    }

    /**
     * Pass 2: records the mode of {@code rel} and its inputs, given whether its consumer needs {@code -U} before each
     * {@code +U}, and returns whether {@code rel} emits {@code -U}.
     */
    private boolean require(RelNode rel, boolean beforeNeeded) {
        boolean emitsBefore;
        if (rel instanceof WeirWindowAggregate || rel instanceof TableFunctionScan) {
            requireOfEach(rel, false);
            emitsBefore = false;
        } else if (rel instanceof Aggregate) {
            RelNode input = rel.getInput(0);
            require(input, updates(input));
            emitsBefore = beforeNeeded;
        } else if (rel instanceof Calc && ((Calc) rel).getProgram().getCondition() != null) {
            emitsBefore = requireOfEach(rel, true);
        } else if (rel instanceof Union) {
            emitsBefore = requireOfEach(rel, beforeNeeded);
            if (!beforeNeeded && emitsBefore) {
                // Inputs that retract and inputs that upsert do not mix into one changelog: all retract.
                emitsBefore = requireOfEach(rel, true);
            }
        } else {
            emitsBefore = requireOfEach(rel, beforeNeeded);
        }
        modes.put(rel, mode(rel, emitsBefore));
        return emitsBefore;
    }

    /** Requires {@code beforeNeeded} of every updating input of {@code rel}; whether any of them emits {@code -U}. */
    private boolean requireOfEach(RelNode rel, boolean beforeNeeded) {
        boolean emitsBefore = false;
        for (RelNode input : rel.getInputs()) {
            emitsBefore |= require(input, beforeNeeded && updates(input));
        }
        return emitsBefore;
    }

    private ChangelogMode mode(RelNode rel, boolean emitsBefore) {
        EnumSet<ChangeKind> kinds = EnumSet.copyOf(produced.get(rel));
        if (!kinds.contains(ChangeKind.UPDATE_AFTER)) {
            return new ChangelogMode(kinds, List.of());
        }
        if (emitsBefore) {
            kinds.add(ChangeKind.UPDATE_BEFORE);
            return new ChangelogMode(kinds, List.of());
        }
        return new ChangelogMode(kinds, uniqueKey(rel));
    }
}
