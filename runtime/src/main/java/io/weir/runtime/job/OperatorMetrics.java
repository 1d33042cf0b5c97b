package io.weir.runtime.job;

import java.util.Objects;

/**
 * The live figures of one operator of a job (or of a source), summed or combined over its subtasks, as
 * {@link Job#operators()} reads them. Figures are read racily while the job runs; counters add up over restarts.
 *
 * @param vertexId the id of the operator's vertex
 * @param vertexName the vertex's name
 * @param operatorName the operator's name; for the source of a source vertex, the source's description
 * @param uid the uid under which the operator's state is checkpointed ({@code <vertex id>-source} for a source)
 * @param parallelism the subtasks of the vertex
 * @param recordsIn rows the operator received (for a source, the rows it read)
 * @param recordsOut rows it emitted (for a sink, the rows it wrote; for a source, the rows it read)
 * @param recordsInPerSecond {@code recordsIn} per second over the last {@link Job#RATE_WINDOW_SECONDS} seconds
 *     (less just after the start); 0 once the job ended
 * @param recordsOutPerSecond likewise for {@code recordsOut}
 * @param backPressure the share, from 0 to 1, of the last second that the busiest subtask of the vertex spent
 *     blocked on a full output channel; 0 once the job ended
 * @param watermark the least watermark the operator received over its subtasks, in milliseconds;
 *     {@code Long.MIN_VALUE} until every subtask has one, {@code Long.MAX_VALUE} once every input ended
 * @param keyedState whether the operator keeps keyed state; the two figures below are 0 if not
 * @param stateRows the keys its states hold (each state's keys count once, whatever a map or list value holds)
 * @param stateBytes an estimate of its state's bytes on the heap: the mean size of a sample of entries of each state
 *     times its keys, measured by each task between batches at most once a second
 */
public record OperatorMetrics(int vertexId, String vertexName, String operatorName, String uid, int parallelism,
        long recordsIn, long recordsOut, double recordsInPerSecond, double recordsOutPerSecond, double backPressure,
        long watermark, boolean keyedState, long stateRows, long stateBytes) {
    /** The share of the last second blocked above which an operator counts as back-pressured. */
    public static final double BACK_PRESSURED_ABOVE = 0.5;

    public OperatorMetrics {
        Objects.requireNonNull(vertexName, "vertexName");
        Objects.requireNonNull(operatorName, "operatorName");
        Objects.requireNonNull(uid, "uid");
    }

    /** Whether the vertex's busiest subtask spent more than half of the last second blocked on its outputs. */
    public boolean backPressured() {
        return backPressure > BACK_PRESSURED_ABOVE;
    }
}
