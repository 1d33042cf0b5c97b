package io.weir.runtime.testing;

import io.weir.runtime.checkpoint.StateTable;
import io.weir.runtime.dataflow.KeyGroups;
import io.weir.runtime.dataflow.KeyHasher;
import io.weir.runtime.internal.metrics.JobMetrics;
import io.weir.runtime.internal.state.HeapTimerService;
import io.weir.runtime.internal.state.KeyedStateBackend;
import io.weir.runtime.internal.state.StateSnapshots;
import io.weir.runtime.internal.state.TableSnapshot;
import io.weir.runtime.internal.task.ChainedOperatorContext;
import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.RowType;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A replay mode of {@link OperatorHarness}: the same input fed to instances of the operator that, after every
 * batch, are checkpointed, closed and replaced by fresh instances restored from the checkpoint, at the next of a
 * cycle of parallelisms (rows go to the subtask owning their key group, as a hash exchange sends them).
 */
final class CheckpointedRun {
    private static final String UID = "harness";
    private static final Output DISCARD = new Output() {
        @Override
        public void emit(ChangeKind kind, Row row) {
        }

        @Override
        public void watermark(long watermark) {
        }
    };

    private final String mode;
    private final Supplier<? extends Operator> factory;
    private final String operatorName;
    private final RowType inputType;
    private final List<Integer> keyFields;
    private final KeyHasher hasher;
    private final int maxParallelism;
    private final InstantSource clock;
    private final int[] parallelisms;
    private final Output out;
    private int round;
    private Subtask[] subtasks;
    private long watermark = Long.MIN_VALUE;

    /** One operator instance of the run, over its subtask's key groups. */
    private static final class Subtask {
        final Operator operator;
        final KeyedStateBackend state;
        final HeapTimerService timers;

        Subtask(Operator operator, KeyedStateBackend state, HeapTimerService timers) {
            this.operator = operator;
            this.state = state;
            this.timers = timers;
        }
    }

    /**
     * @param mode the mode's description, quoted when it fails
     * @param keyFields the operator's key fields in its input, empty when unkeyed (then every parallelism is 1)
     * @param parallelisms the parallelism of the first instances, then of each restore in turn, cyclically
     * @param out where every instance emits
     */
    CheckpointedRun(String mode, Supplier<? extends Operator> factory, String operatorName, RowType inputType,
            List<Integer> keyFields, int maxParallelism, InstantSource clock, int[] parallelisms, Output out) {
        this.mode = mode;
        this.factory = factory;
        this.operatorName = operatorName;
        this.inputType = inputType;
        this.keyFields = List.copyOf(keyFields);
        this.hasher = keyFields.isEmpty() ? null : KeyHasher.of(inputType, keyFields);
        this.maxParallelism = maxParallelism;
        this.clock = clock;
        this.parallelisms = parallelisms.clone();
        this.out = out;
        this.subtasks = open(parallelisms[0]);
    }

    String mode() {
        return mode;
    }

    private Subtask[] open(int parallelism) {
        Subtask[] opened = new Subtask[parallelism];
        for (int i = 0; i < parallelism; i++) {
            KeyedStateBackend state = keyFields.isEmpty()
                    ? KeyedStateBackend.unkeyed(operatorName, maxParallelism)
                    : KeyedStateBackend.keyed(operatorName, inputType, keyFields, maxParallelism, i, parallelism);
            HeapTimerService timers = new HeapTimerService(state, clock);
            Operator operator = factory.get();
            opened[i] = new Subtask(operator, state, timers);
            int subtask = i;
            run(() -> operator.open(new ChainedOperatorContext("harness", "weir-harness-" + operatorName + "-"
                    + subtask, subtask, parallelism, state, timers, new JobMetrics(), operatorName + ".")));
        }
        return opened;
    }

    void process(ChangeKind kind, Row row) {
        Subtask subtask = subtasks.length == 1 ? subtasks[0]
                : subtasks[KeyGroups.subtaskOfKey(hasher.hash(row), maxParallelism, subtasks.length)];
        subtask.state.setCurrentKeyOf(row);
        run(() -> subtask.operator.process(kind, row, out));
    }

    /**
     * Passes an advancing watermark to every subtask, firing the event-time timers it reaches. What an operator
     * emits from {@code watermark} sees no key, so every subtask emits the same: only the first one's is kept.
     */
    void watermark(long value) {
        watermark = value;
        for (int i = 0; i < subtasks.length; i++) {
            Subtask subtask = subtasks[i];
            Output watermarkOut = i == 0 ? out : DISCARD;
            run(() -> {
                subtask.timers.advanceWatermark(value, subtask.operator, out);
                subtask.operator.watermark(value, watermarkOut);
            });
        }
    }

    void processingTime(long millis) {
        for (Subtask subtask : subtasks) {
            run(() -> subtask.timers.fireProcessingTimers(millis, subtask.operator, out));
        }
    }

    /** Finishes every subtask; like {@link #watermark}, keeps only the first one's output, which sees no key. */
    void finish() {
        for (int i = 0; i < subtasks.length; i++) {
            Subtask subtask = subtasks[i];
            Output finishOut = i == 0 ? out : DISCARD;
            run(() -> subtask.operator.finish(finishOut));
        }
    }

    /**
     * Snapshots every subtask, closes them, and restores fresh instances at the next parallelism. The restored
     * timer services are given the current watermark, as the first watermark after a real restore would give
     * them, so rows are judged late alike in every mode.
     */
    void checkpoint() {
        Map<StateTable, List<Row>> rows = new LinkedHashMap<>();
        for (Subtask subtask : subtasks) {
            // Reading the rows, as a checkpoint's writer does, is where a field no table can store fails.
            run(() -> {
                for (TableSnapshot table : StateSnapshots.snapshot(UID, subtask.state, subtask.timers)) {
                    List<Row> copies = rows.computeIfAbsent(table.table(), t -> new ArrayList<>());
                    for (Row row : table.rows()) {
                        copies.add(row.copy());
                    }
                    table.release().run();
                }
            });
        }
        close();
        round++;
        subtasks = open(parallelisms[round % parallelisms.length]);
        for (Subtask subtask : subtasks) {
            run(() -> {
                StateSnapshots.restore(UID, subtask.state, subtask.timers, rows);
                if (watermark != Long.MIN_VALUE) {
                    subtask.timers.advanceWatermark(watermark, subtask.operator, out);
                }
            });
        }
    }

    void close() {
        for (Subtask subtask : subtasks) {
            run(subtask.operator::close);
        }
    }

    private interface Action {
        void run() throws Exception;
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    private void run(Action action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    private <T> T call(Call<T> call) {
        try {
            return call.call();
        } catch (Exception | AssertionError e) {
            throw new AssertionError("the operator failed in mode '" + mode + "': " + e, e);
        }
    }
}
