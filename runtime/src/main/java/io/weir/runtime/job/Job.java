package io.weir.runtime.job;

import io.weir.runtime.checkpoint.CompletedCheckpoint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** A submitted dataflow running in this process: its identity, status, savepoints, and ways to stop it. */
public interface Job {
    /** The interval, in seconds, over which {@link #operators()} computes rates. */
    int RATE_WINDOW_SECONDS = 5;

    String id();

    String name();

    Instant startTime();

    /** When the job took its final status; empty while it runs. */
    Optional<Instant> endTime();

    /** The options the job runs with. */
    JobOptions options();

    JobStatus status();

    /** The root cause of a FAILED job. */
    Optional<Throwable> failure();

    /** Completes with the final status once every task of the job has stopped and its threads have ended. */
    CompletableFuture<JobStatus> termination();

    /** Stops every task; the job ends CANCELED unless it had already ended. Returns at once. */
    void cancel();

    /**
     * Takes a savepoint now, out of the periodic schedule: a checkpoint of kind
     * {@link io.weir.runtime.checkpoint.CheckpointKind#SAVEPOINT} with the job's next checkpoint id, which the
     * storage keeps apart and never removes. The job goes on running. Returns at once. A job without periodic
     * checkpoints takes one too, with aligned exactly-once barriers; a later restart after a task failure restores
     * from it.
     *
     * @return completes with the committed savepoint once its sinks were told to commit up to it, or exceptionally
     *     with a {@link io.weir.runtime.WeirException} if the engine has no checkpoint storage, a source of the job
     *     cannot record its position, the job has ended or ends first, or the savepoint fails or times out
     */
    CompletableFuture<CompletedCheckpoint> savepoint();

    /**
     * Takes a savepoint as {@link #savepoint()} does, triggering no periodic checkpoint after it, then stops the job
     * once every task has handled the savepoint's commit, so sinks made its output visible. The job ends CANCELED,
     * as with {@link #cancel()}: its input was not read to the end, and the rows read after the savepoint's barrier
     * are not committed (a job restored from the savepoint reads them again). If the savepoint fails the job goes on
     * running and takes periodic checkpoints again.
     *
     * @return completes with the savepoint once the job has ended, or exceptionally as {@link #savepoint()}
     */
    CompletableFuture<CompletedCheckpoint> stopWithSavepoint();

    /** Rows buffered in the job's channels now, for back-pressure tests and DESCRIBE JOB. */
    long bufferedRows();

    /**
     * The job's metrics now, read racily while it runs, by name:
     * <ul>
     *   <li>{@code <vertex>.<subtask>.<operator>.<counter>}: an operator's {@link io.weir.runtime.operator.Counter}s,
     *       such as {@code lateRecordsDropped};</li>
     *   <li>{@code <vertex>.<subtask>.source.records.in}: the rows a source subtask read;</li>
     *   <li>{@code <vertex>.<subtask>.records.in}: the rows a subtask of a vertex without a source took from its
     *       inputs;</li>
     *   <li>{@code <vertex>.<subtask>.<sink operator>.records.out}: the rows a sink subtask wrote;</li>
     *   <li>{@code <vertex>.<subtask>.watermark}: a task's current watermark in milliseconds, {@code Long.MIN_VALUE}
     *       before its first, {@code Long.MAX_VALUE} once its input ended;</li>
     *   <li>{@code <vertex>.<subtask>.blockedChannels}: the input channels barrier alignment holds back now;</li>
     *   <li>{@code <vertex>.<subtask>.recordsOut}: the rows a task's chain emitted to its output edges;</li>
     *   <li>{@code <vertex>.<subtask>.backPressuredNanos}: the time a task spent blocked on full output channels;</li>
     *   <li>{@code <vertex>.<subtask>.<operator>.recordsIn} and {@code .currentWatermark}: the rows an operator
     *       received and the last watermark it received; for keyed operators {@code .stateRows} and
     *       {@code .stateBytes}, see {@link OperatorMetrics};</li>
     *   <li>{@code restarts}: how often the job restarted after a failure;</li>
     *   <li>on an engine with checkpoint storage: {@code checkpoints.completed} (savepoints included),
     *       {@code checkpoints.failed}, and of the last committed
     *       one {@code checkpoints.last.id}, {@code .durationMs}, {@code .syncDurationMs}, {@code .asyncDurationMs}
     *       (the slowest task's), {@code .alignmentMs} and {@code .sizeBytes}.</li>
     * </ul>
     * Counters of tasks add up over the job's restarts.
     * Values stay readable after the job ended.
     */
    Map<String, Long> metrics();

    /**
     * The live figures of every source and operator of the job now, in the order of the dataflow's vertices and of
     * each vertex's chain: rows in and out and their rates, back-pressure, watermark and keyed state size. Read from
     * {@link #metrics()} and from samples of it the job takes every second; still readable after the job ended.
     */
    List<OperatorMetrics> operators();
}
