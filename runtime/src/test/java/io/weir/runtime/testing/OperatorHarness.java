package io.weir.runtime.testing;

import io.weir.runtime.dataflow.KeyGroups;
import io.weir.runtime.internal.metrics.JobMetrics;
import io.weir.runtime.internal.state.HeapTimerService;
import io.weir.runtime.internal.state.KeyedStateBackend;
import io.weir.runtime.internal.task.ChainedOperatorContext;
import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorContext;
import io.weir.runtime.operator.Output;
import io.weir.runtime.operator.TimeDomain;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.RowType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Runs one operator instance on the engine's real heap state backend and timer service, with time in the test's
 * hands: feed it changes as {@code +I[book, 12]} text or rows, move the watermark and the processing-time clock, and
 * compare what it emitted, in order and in the print connector's text, with {@link #expect}.
 *
 * <pre>{@code
 * OperatorHarness.of(KeepLastRowOperator::new, keyedOn("item"), "item STRING, price INT")
 *     .input("+I[book, 12]", "+I[pen, 3]", "+I[book, 13]")
 *     .expect("+I[book, 12]", "+I[pen, 3]", "-U[book, 12]", "+U[book, 13]");
 * }</pre>
 *
 * <p>The operator is opened when the harness is made and sees input, watermarks and timers exactly as in a task:
 * the key is set before each row and timer, event-time timers fire before the watermark that reached them is passed
 * to {@code watermark}, processing-time timers fire when {@link #processingTime} passes them. Every step is also kept
 * in {@link #steps()}.
 *
 * <p>Beside this plain run, the harness feeds the same steps to two replay modes, whose output {@link #expect} checks
 * too, naming the mode that differs: after every batch (each call of {@code input}, {@code watermark} or
 * {@code processingTime}) it snapshots the operator's state and timers and restores them into a fresh instance;
 * and, for a keyed operator, restores them at another parallelism (1, 2, 3, 1, …), routing each row to the subtask
 * that owns its key group. A replay mode's output is compared as a multiset per {@code expect}: timers of equal
 * timestamps, and keys on several subtasks, may come out in another order. Not thread-safe.
 */
public final class OperatorHarness {
    /** The key an operator is keyed on: field names of its input, or none. */
    public record Key(List<String> fieldNames) {
        public Key {
            fieldNames = List.copyOf(fieldNames);
        }
    }

    /** A fired timer: its domain, timestamp and key. */
    public record FiredTimer(TimeDomain domain, long timestamp, Row key) {
        @Override
        public String toString() {
            return domain + "@" + timestamp + key;
        }
    }

    /** One step of the input script. */
    public sealed interface Step permits Change, Watermark, ProcessingTime, EndOfInput {
    }

    public record Change(ChangeKind kind, Row row) implements Step {
    }

    public record Watermark(long value) implements Step {
    }

    public record ProcessingTime(long millis) implements Step {
    }

    public record EndOfInput() implements Step {
    }

    private final Operator operator;
    private final RowType inputType;
    private final KeyedStateBackend state;
    private final HeapTimerService timers;
    private final ManualClock clock;
    private final JobMetrics metrics = new JobMetrics();
    private final ChainedOperatorContext context;
    private final Collector collector = new Collector();
    private final List<Step> steps = new ArrayList<>();
    private final List<FiredTimer> firedTimers = new ArrayList<>();
    private final List<CheckpointedRun> replays = new ArrayList<>();
    private final List<Collector> replayOutputs = new ArrayList<>();
    private RowType outputType;
    private long watermark = Long.MIN_VALUE;

    private OperatorHarness(Supplier<? extends Operator> factory, Key key, RowType inputType, int maxParallelism)
            throws Exception {
        Operator operator = factory.get();
        this.inputType = inputType;
        this.outputType = inputType;
        this.clock = new ManualClock(0);
        String name = operator.getClass().getSimpleName();
        List<Integer> fields = new ArrayList<>();
        if (key.fieldNames().isEmpty()) {
            this.state = KeyedStateBackend.unkeyed(name, maxParallelism);
        } else {
            for (String field : key.fieldNames()) {
                int index = inputType.indexOf(field);
                if (index < 0) {
                    throw new IllegalArgumentException("key field '" + field + "' is not in " + inputType.names());
                }
                fields.add(index);
            }
            this.state = KeyedStateBackend.keyed(name, inputType, fields, maxParallelism, 0, 1);
        }
        this.timers = new HeapTimerService(state, clock);
        this.operator = new TimerRecorder(operator);
        this.context = new ChainedOperatorContext("harness", "weir-harness-" + name + "-0", 0, 1, state, timers,
                metrics, name + ".");
        operator.open(context);
        addReplay(new CheckpointedRun("checkpoint and restore into a fresh instance after every batch", factory, name,
                inputType, fields, maxParallelism, clock, new int[] {1}, replayOutput()));
        if (!fields.isEmpty()) {
            addReplay(new CheckpointedRun("restore at another parallelism after every batch", factory, name,
                    inputType, fields, maxParallelism, clock, new int[] {1, 2, 3}, replayOutput()));
        }
    }

    private Collector replayOutput() {
        Collector output = new Collector();
        replayOutputs.add(output);
        return output;
    }

    private void addReplay(CheckpointedRun replay) {
        replays.add(replay);
    }

    /** A harness of a fresh operator from {@code factory}, with input rows of the columns {@code "a INT, b STRING"}. */
    public static OperatorHarness of(Supplier<? extends Operator> factory, Key key, String inputColumns) {
        return of(factory, key, RowText.parseColumns(inputColumns));
    }

    public static OperatorHarness of(Supplier<? extends Operator> factory, Key key, RowType inputType) {
        try {
            return new OperatorHarness(factory, key, inputType, KeyGroups.DEFAULT_MAX_PARALLELISM);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("the operator failed to open", e);
        }
    }

    /** Keyed on the input fields named. */
    public static Key keyedOn(String... fieldNames) {
        return new Key(Arrays.asList(fieldNames));
    }

    public static Key unkeyed() {
        return new Key(List.of());
    }

    /** The type the output is printed with; the input type unless set. */
    public OperatorHarness outputType(String columns) {
        return outputType(RowText.parseColumns(columns));
    }

    public OperatorHarness outputType(RowType type) {
        this.outputType = type;
        return this;
    }

    /** Feeds changes written as {@code +I[book, 12]}, one by one, as one batch. */
    public OperatorHarness input(String... changes) {
        for (String change : changes) {
            process(RowText.kindOf(change), RowText.parseRow(change, inputType));
        }
        checkpointReplays();
        return this;
    }

    /** Feeds one change as one batch; the harness keeps the row, the operator may not. */
    public OperatorHarness input(ChangeKind kind, Row row) {
        process(kind, row);
        checkpointReplays();
        return this;
    }

    private void process(ChangeKind kind, Row row) {
        steps.add(new Change(kind, row));
        state.setCurrentKeyOf(row);
        run(() -> operator.process(kind, row, collector));
        for (CheckpointedRun replay : replays) {
            // Each replay mode gets its own copy: an operator may keep or change the row it was given.
            replay.process(kind, row.copy());
        }
    }

    /** Advances the watermark (a value not above the current one is ignored, as in a task) and fires due timers. */
    public OperatorHarness watermark(long value) {
        advanceWatermark(value);
        checkpointReplays();
        return this;
    }

    private void advanceWatermark(long value) {
        steps.add(new Watermark(value));
        if (value > watermark) {
            watermark = value;
            run(() -> {
                timers.advanceWatermark(value, operator, collector);
                operator.watermark(value, collector);
            });
            for (CheckpointedRun replay : replays) {
                replay.watermark(value);
            }
        }
    }

    /** Moves the processing-time clock to {@code millis} and fires the processing-time timers now due. */
    public OperatorHarness processingTime(long millis) {
        steps.add(new ProcessingTime(millis));
        clock.set(millis);
        run(() -> timers.fireProcessingTimers(millis, operator, collector));
        for (CheckpointedRun replay : replays) {
            replay.processingTime(millis);
        }
        checkpointReplays();
        return this;
    }

    /** Ends the input as a task does: a final watermark of +∞, then {@code finish}. */
    public OperatorHarness endInput() {
        advanceWatermark(Long.MAX_VALUE);
        steps.add(new EndOfInput());
        run(() -> operator.finish(collector));
        for (CheckpointedRun replay : replays) {
            replay.finish();
        }
        return this;
    }

    private void checkpointReplays() {
        for (CheckpointedRun replay : replays) {
            replay.checkpoint();
        }
    }

    /** Asserts that the changes emitted since the last {@code expect} are exactly these, in this order. */
    public OperatorHarness expect(String... changes) {
        List<String> expected = List.of(changes);
        List<String> actual = new ArrayList<>(collector.changes);
        collector.changes.clear();
        if (!actual.equals(expected)) {
            throw new AssertionError("operator output differs\nexpected: " + expected + "\nactual:   " + actual);
        }
        List<String> expectedSorted = sorted(expected);
        for (int i = 0; i < replays.size(); i++) {
            List<String> replayed = sorted(replayOutputs.get(i).changes);
            replayOutputs.get(i).changes.clear();
            if (!replayed.equals(expectedSorted)) {
                throw new AssertionError("operator output differs in mode '" + replays.get(i).mode()
                        + "' (compared sorted)\nexpected: " + expectedSorted + "\nactual:   " + replayed);
            }
        }
        return this;
    }

    private static List<String> sorted(List<String> changes) {
        List<String> copy = new ArrayList<>(changes);
        Collections.sort(copy);
        return copy;
    }

    /** The changes emitted since the last {@code expect}, as text. */
    public List<String> output() {
        return List.copyOf(collector.changes);
    }

    /** The watermarks the operator forwarded. */
    public List<Long> outputWatermarks() {
        return List.copyOf(collector.watermarks);
    }

    /** The timers fired so far, in firing order. */
    public List<FiredTimer> firedTimers() {
        return List.copyOf(firedTimers);
    }

    /** The operator's counters, by name. */
    public Map<String, Long> counters() {
        Map<String, Long> byName = new TreeMap<>();
        String prefix = ((TimerRecorder) operator).delegate.getClass().getSimpleName() + ".";
        for (Map.Entry<String, Long> e : metrics.snapshot().entrySet()) {
            byName.put(e.getKey().substring(prefix.length()), e.getValue());
        }
        return byName;
    }

    /** The context the operator was opened with. */
    public OperatorContext context() {
        return context;
    }

    /** The state backend, to look at a state's keys. */
    public KeyedStateBackend state() {
        return state;
    }

    public HeapTimerService timerService() {
        return timers;
    }

    /** The input script so far. */
    public List<Step> steps() {
        return List.copyOf(steps);
    }

    /** Closes the operator and those of the replay modes. */
    public void close() {
        run(operator::close);
        for (CheckpointedRun replay : replays) {
            replay.close();
        }
    }

    private interface Action {
        void run() throws Exception;
    }

    private static void run(Action action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("the operator threw", e);
        }
    }

    private final class Collector implements Output {
        final List<String> changes = new ArrayList<>();
        final List<Long> watermarks = new ArrayList<>();

        @Override
        public void emit(ChangeKind kind, Row row) {
            changes.add(RowText.format(kind, row, outputType));
        }

        @Override
        public void watermark(long value) {
            watermarks.add(value);
        }
    }

    /** Records each fired timer with a copy of its key, then lets the operator handle it. */
    private final class TimerRecorder implements Operator {
        final Operator delegate;

        TimerRecorder(Operator delegate) {
            this.delegate = delegate;
        }

        @Override
        public void process(ChangeKind kind, Row row, Output out) throws Exception {
            delegate.process(kind, row, out);
        }

        @Override
        public void watermark(long value, Output out) throws Exception {
            delegate.watermark(value, out);
        }

        @Override
        public void onTimer(long timestamp, TimeDomain domain, Output out) throws Exception {
            firedTimers.add(new FiredTimer(domain, timestamp, state.currentKey().copy()));
            delegate.onTimer(timestamp, domain, out);
        }

        @Override
        public void finish(Output out) throws Exception {
            delegate.finish(out);
        }

        @Override
        public void close() throws Exception {
            delegate.close();
        }
    }
}
