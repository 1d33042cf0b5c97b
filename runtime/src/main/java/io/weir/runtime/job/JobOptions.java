package io.weir.runtime.job;

import io.weir.runtime.checkpoint.CheckpointOptions;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.checkpoint.RestartStrategy;
import io.weir.runtime.dataflow.KeyGroups;
import java.time.Duration;
import java.util.Objects;

/**
 * How one job partitions its keyed state, detects idle sources, takes checkpoints and recovers; each job submitted
 * to an engine has its own.
 *
 * @param maxParallelism the number of key groups ({@code pipeline.max-parallelism}); the most subtasks of a keyed
 *     or hash-partitioned vertex
 * @param sourceIdleTimeout how long a source reader may produce nothing before its outputs are marked idle, so they
 *     stop holding back downstream watermarks ({@code table.exec.source.idle-timeout}); zero turns this off
 * @param checkpointing when and how the job takes checkpoints ({@code execution.checkpointing.*})
 * @param restartStrategy what the job does when a task fails ({@code restart-strategy.*})
 * @param restoreFrom the checkpoint or savepoint the job starts from ({@code execution.state-recovery.path}), or
 *     {@code null} to start empty
 * @param ignoreUnclaimedState whether state in {@code restoreFrom} that no operator of the job claims (matched by
 *     uid) is dropped ({@code execution.state-recovery.ignore-unclaimed-state}); if not, the job is refused
 */
public record JobOptions(int maxParallelism, Duration sourceIdleTimeout, CheckpointOptions checkpointing,
        RestartStrategy restartStrategy, CompletedCheckpoint restoreFrom, boolean ignoreUnclaimedState) {
    public JobOptions {
        if (maxParallelism < 1 || maxParallelism > KeyGroups.UPPER_BOUND_MAX_PARALLELISM) {
            throw new IllegalArgumentException("maxParallelism must be in [1, " + KeyGroups.UPPER_BOUND_MAX_PARALLELISM
                    + "], not " + maxParallelism);
        }
        Objects.requireNonNull(sourceIdleTimeout, "sourceIdleTimeout");
        if (sourceIdleTimeout.isNegative()) {
            throw new IllegalArgumentException("sourceIdleTimeout must not be negative, not " + sourceIdleTimeout);
        }
        Objects.requireNonNull(checkpointing, "checkpointing");
        Objects.requireNonNull(restartStrategy, "restartStrategy");
        if (restoreFrom != null && restoreFrom.maxParallelism() != maxParallelism) {
            throw new IllegalArgumentException("the checkpoint at " + restoreFrom.location() + " has "
                    + restoreFrom.maxParallelism() + " key groups, the job " + maxParallelism);
        }
    }

    /** Restoring every piece of {@code restoreFrom}'s state, or refused if some is unclaimed. */
    public JobOptions(int maxParallelism, Duration sourceIdleTimeout, CheckpointOptions checkpointing,
            RestartStrategy restartStrategy, CompletedCheckpoint restoreFrom) {
        this(maxParallelism, sourceIdleTimeout, checkpointing, restartStrategy, restoreFrom, false);
    }

    /** Without checkpoints, restarts or a restore. */
    public JobOptions(int maxParallelism, Duration sourceIdleTimeout) {
        this(maxParallelism, sourceIdleTimeout, CheckpointOptions.disabled(), new RestartStrategy.None(), null);
    }

    /** 128 key groups, no idleness, no checkpoints, no restarts, as Flink's defaults. */
    public static JobOptions defaults() {
        return new JobOptions(KeyGroups.DEFAULT_MAX_PARALLELISM, Duration.ZERO);
    }

    public JobOptions withMaxParallelism(int value) {
        return new JobOptions(value, sourceIdleTimeout, checkpointing, restartStrategy, restoreFrom,
                ignoreUnclaimedState);
    }

    public JobOptions withSourceIdleTimeout(Duration value) {
        return new JobOptions(maxParallelism, value, checkpointing, restartStrategy, restoreFrom,
                ignoreUnclaimedState);
    }

    public JobOptions withCheckpointing(CheckpointOptions value) {
        return new JobOptions(maxParallelism, sourceIdleTimeout, value, restartStrategy, restoreFrom,
                ignoreUnclaimedState);
    }

    public JobOptions withRestartStrategy(RestartStrategy value) {
        return new JobOptions(maxParallelism, sourceIdleTimeout, checkpointing, value, restoreFrom,
                ignoreUnclaimedState);
    }

    public JobOptions withRestoreFrom(CompletedCheckpoint value) {
        return new JobOptions(maxParallelism, sourceIdleTimeout, checkpointing, restartStrategy, value,
                ignoreUnclaimedState);
    }

    public JobOptions withIgnoreUnclaimedState(boolean value) {
        return new JobOptions(maxParallelism, sourceIdleTimeout, checkpointing, restartStrategy, restoreFrom, value);
    }
}
