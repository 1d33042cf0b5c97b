package io.weir.runtime.internal.task;

import io.weir.runtime.checkpoint.StateKind;
import io.weir.runtime.checkpoint.StateTable;
import io.weir.runtime.internal.fault.FaultPoint;
import io.weir.runtime.internal.fault.Faults;
import io.weir.runtime.internal.metrics.JobMetrics;
import io.weir.runtime.internal.state.HeapTimerService;
import io.weir.runtime.internal.state.KeyedStateBackend;
import io.weir.runtime.internal.state.StateFigures;
import io.weir.runtime.internal.state.StateSnapshots;
import io.weir.runtime.internal.state.TableSnapshot;
import io.weir.runtime.operator.Counter;
import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.SinkOperator;
import io.weir.runtime.type.RowType;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The operators of one subtask, each calling the next directly, each with its own state backend and timers. Opens
 * them from the last to the first, so an operator's downstream is ready before it emits; finishes them from the first
 * to the last, so what an operator emits in {@code finish} is processed by the next one before that one finishes;
 * closes every operator made, in any case. At a barrier it copies each operator's keyed state and timers and each
 * sink's prepared output, every operator's under its uid.
 */
final class OperatorChain {
    /** The name of a sink's table of pending commits. */
    static final String PENDING_COMMITS = "pending-commits";

    private final String[] uids;
    private final Operator[] operators;
    private final Output[] outputs;
    private final KeyedStateBackend[] states;
    private final HeapTimerService[] timers;
    private final ChainedOperatorContext[] contexts;
    /** Each keyed operator's state rows and estimated bytes, published by the task's thread for monitoring. */
    private final AtomicLongArray stateRows;
    private final AtomicLongArray stateBytes;
    private Output head;

    /**
     * @param uids the stable id of each operator, which names its state in checkpoints
     */
    OperatorChain(List<String> uids) {
        int length = uids.size();
        this.uids = uids.toArray(new String[0]);
        this.operators = new Operator[length];
        this.outputs = new Output[length];
        this.states = new KeyedStateBackend[length];
        this.timers = new HeapTimerService[length];
        this.contexts = new ChainedOperatorContext[length];
        this.stateRows = new AtomicLongArray(length);
        this.stateBytes = new AtomicLongArray(length);
    }

    /**
     * Makes an instance of each operator, its state and timers, and links them, the last one to {@code tail}.
     * Operators made before a factory fails are kept, so {@link #close} reaches them.
     *
     * @param inputType the type of the chain's input rows, which key the first operator if it is keyed
     */
    void instantiate(List<OperatorSpec> specs, Output tail, TaskOperatorContext task, RowType inputType,
            int maxParallelism, InstantSource clock, JobMetrics metrics) {
        for (int i = 0; i < operators.length; i++) {
            OperatorSpec spec = specs.get(i);
            Operator operator = spec.factory().get();
            if (operator == null) {
                throw new IllegalStateException("the factory of operator '" + spec.name() + "' returned null");
            }
            operators[i] = operator;
            states[i] = spec.isKeyed()
                    ? KeyedStateBackend.keyed(spec.name(), inputType, spec.keyFields(), maxParallelism,
                            task.subtaskIndex(), task.parallelism())
                    : KeyedStateBackend.unkeyed(spec.name(), maxParallelism);
            timers[i] = new HeapTimerService(states[i], clock);
            contexts[i] = new ChainedOperatorContext(task.jobId(), task.taskName(), task.subtaskIndex(),
                    task.parallelism(), states[i], timers[i], metrics, task.metricPrefix() + spec.name() + ".");
        }
        Output next = tail;
        for (int i = operators.length - 1; i >= 0; i--) {
            outputs[i] = next;
            String prefix = task.metricPrefix() + specs.get(i).name() + ".";
            Counter received = metrics.counter(prefix + "recordsIn");
            if (operators[i] instanceof SinkOperator) {
                metrics.gauge(prefix + "records.out", received::count);
            }
            ChainedOutput chained = new ChainedOutput(operators[i], next, states[i], timers[i], received);
            metrics.gauge(prefix + "currentWatermark", chained::currentWatermark);
            if (states[i].isKeyed()) {
                int index = i;
                metrics.gauge(prefix + "stateRows", () -> stateRows.get(index));
                metrics.gauge(prefix + "stateBytes", () -> stateBytes.get(index));
            }
            next = chained;
        }
        head = next;
    }

    /**
     * Measures each keyed operator's state ({@link StateFigures}) and publishes the figures for monitoring; on the
     * task's thread, between batches.
     */
    void publishStateFigures() {
        for (int i = 0; i < operators.length; i++) {
            if (states[i].isKeyed()) {
                stateRows.lazySet(i, StateFigures.rows(states[i]));
                stateBytes.lazySet(i, StateFigures.estimateBytes(states[i]));
            }
        }
    }

    /** Where the task's input goes: the first operator, or the tail if the chain is empty. */
    Output head() {
        return head;
    }

    void open() throws Exception {
        for (int i = operators.length - 1; i >= 0; i--) {
            operators[i].open(contexts[i]);
        }
    }

    /** The earliest processing-time timer of any operator, or {@code Long.MAX_VALUE} if none. */
    long nextProcessingTime() {
        long next = Long.MAX_VALUE;
        for (HeapTimerService service : timers) {
            long t = service.nextProcessingTime();
            if (t < next) {
                next = t;
            }
        }
        return next;
    }

    /** Fires every processing-time timer at or before {@code now}, operator by operator from the first. */
    void fireProcessingTimers(long now) throws Exception {
        for (int i = 0; i < operators.length; i++) {
            timers[i].fireProcessingTimers(now, operators[i], outputs[i]);
        }
    }

    void finish() throws Exception {
        for (int i = 0; i < operators.length; i++) {
            operators[i].finish(outputs[i]);
        }
    }

    /**
     * Checkpoint {@code checkpointId}: snapshots every keyed operator's state and timers, and has every sink prepare
     * its output, adding the tables to {@code into} (also when it then throws, so the caller can release them);
     * unkeyed tables get the key groups {@code first..last}.
     *
     * @param incremental what keyed state may build on, for an incremental checkpoint; {@code null} for a full one
     */
    void snapshot(long checkpointId, TaskOperatorContext task, int firstKeyGroup, int lastKeyGroup,
            List<TableSnapshot> into, IncrementalChains incremental) throws Exception {
        for (int i = 0; i < operators.length; i++) {
            if (incremental == null) {
                into.addAll(StateSnapshots.snapshot(uids[i], states[i], timers[i]));
            } else if (states[i].isKeyed()) {
                into.addAll(StateSnapshots.snapshot(uids[i], states[i], timers[i], incremental.baseFor(checkpointId, uids[i])));
                incremental.snapshotted(checkpointId, uids[i], states[i].currentVersion());
            }
            if (operators[i] instanceof SinkOperator) {
                SinkOperator sink = (SinkOperator) operators[i];
                List<Row> prepared = sink.prepareCommit(checkpointId);
                Faults.checkpoint(FaultPoint.SINK_PRE_COMMIT, task.jobId(), task.taskName(), checkpointId);
                RowType type = sink.sink().pendingCommitType();
                if (type == null) {
                    if (!prepared.isEmpty()) {
                        throw new IllegalStateException("sink '" + sink.sink().describe() + "' prepared "
                                + prepared.size() + " pending commits for checkpoint " + checkpointId
                                + " but declares no pendingCommitType()");
                    }
                    continue;
                }
                List<Row> copies = new ArrayList<>(prepared.size());
                for (Row row : prepared) {
                    copies.add(row.copy());
                }
                into.add(TableSnapshot.ofCopies(new StateTable(uids[i], PENDING_COMMITS, StateKind.SINK_PENDING_COMMITS,
                        type), firstKeyGroup, lastKeyGroup, copies));
            }
        }
    }

    /** Checkpoint {@code checkpointId} is committed: every sink makes visible what it prepared. */
    void notifyCommitted(long checkpointId) throws Exception {
        for (Operator operator : operators) {
            if (operator instanceof SinkOperator) {
                ((SinkOperator) operator).commit(checkpointId);
            }
        }
    }

    /** From now on keyed states and timers log what they remove, for incremental checkpoints. */
    void trackRemovals() {
        for (KeyedStateBackend state : states) {
            if (state.isKeyed()) {
                StateSnapshots.trackRemovals(state);
            }
        }
    }

    /** A committed checkpoint is the base of the next deltas: forget what was removed before each operator's one. */
    void forgetRemovalsBefore(Map<String, Integer> versions) {
        for (int i = 0; i < operators.length; i++) {
            Integer version = versions.get(uids[i]);
            if (version != null) {
                StateSnapshots.forgetRemovalsBefore(states[i], timers[i], version);
            }
        }
    }

    /** Before {@link #open}: hands each sink the pending commits a restore found for its uid. */
    void restorePendingCommits(Map<String, List<Row>> byUid) {
        for (int i = 0; i < operators.length; i++) {
            List<Row> rows = byUid.get(uids[i]);
            if (rows != null && operators[i] instanceof SinkOperator) {
                ((SinkOperator) operators[i]).restorePendingCommits(rows);
            }
        }
    }

    /** After {@link #open}: loads each keyed operator's state and timers from the rows a restore read for it. */
    void restoreState(Map<String, Map<StateTable, List<StateSnapshots.RestoredFile>>> byUid) {
        for (int i = 0; i < operators.length; i++) {
            Map<StateTable, List<StateSnapshots.RestoredFile>> files = byUid.get(uids[i]);
            if (files != null && states[i].isKeyed()) {
                StateSnapshots.restoreFiles(uids[i], states[i], timers[i], files);
            }
        }
    }

    int length() {
        return operators.length;
    }

    String uid(int index) {
        return uids[index];
    }

    KeyedStateBackend state(int index) {
        return states[index];
    }

    /** Closes every operator made; returns the first exception, or {@code null}, after trying them all. */
    Throwable close() {
        Throwable first = null;
        for (Operator operator : operators) {
            if (operator == null) {
                continue;
            }
            try {
                operator.close();
            } catch (Throwable t) {
                if (first == null) {
                    first = t;
                }
            }
        }
        return first;
    }
}
