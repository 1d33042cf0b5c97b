package io.weir.runtime.internal.channel;

import io.weir.runtime.dataflow.KeyGroups;
import io.weir.runtime.dataflow.KeyHasher;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;

/**
 * One producer subtask's writers to the downstream subtasks of one edge, and the rule that picks the subtask of a row.
 * Used by the producing task's thread only.
 */
public abstract class EdgeWriter {
    final ChannelWriter[] targets;

    EdgeWriter(ChannelWriter[] targets) {
        this.targets = targets.clone();
    }

    /** Sends a copy of the row to the subtask (or subtasks) the partitioning picks. */
    public abstract void write(ChangeKind kind, Row row);

    public final void flush() {
        for (ChannelWriter target : targets) {
            target.flush();
        }
    }

    /** Watermarks go to every downstream subtask: each one's watermark is the minimum over its inputs. */
    public final void watermark(long watermark) {
        for (ChannelWriter target : targets) {
            target.watermark(watermark);
        }
    }

    /** Idleness goes to every downstream subtask, like watermarks. */
    public final void markIdle() {
        for (ChannelWriter target : targets) {
            target.markIdle();
        }
    }

    /**
     * Barriers go to every downstream subtask, after the rows this producer sent it before (and, delivered with
     * priority, announced ahead of them).
     */
    public final void barrier(long checkpointId) {
        for (ChannelWriter target : targets) {
            target.barrier(checkpointId);
        }
    }

    public final void endOfInput() {
        for (ChannelWriter target : targets) {
            target.endOfInput();
        }
    }

    /** Whether every channel of the edge has room for another batch. */
    public final boolean hasRoom() {
        for (ChannelWriter target : targets) {
            if (!target.hasRoom()) {
                return false;
            }
        }
        return true;
    }

    public final void wakeProducerWith(Runnable waker) {
        for (ChannelWriter target : targets) {
            target.wakeProducerWith(waker);
        }
    }

    public final long pendingRows() {
        long rows = 0;
        for (ChannelWriter target : targets) {
            rows += target.pendingRows();
        }
        return rows;
    }

    /** Every row to the one downstream subtask this producer is connected to (forward: subtask i to subtask i). */
    public static EdgeWriter toOne(ChannelWriter target) {
        return new FixedTarget(new ChannelWriter[] {target});
    }

    /** Every row to subtask 0; the others still receive watermarks and the end of input. */
    public static EdgeWriter toGlobal(ChannelWriter[] targets) {
        return new FixedTarget(targets);
    }

    /** Rows in turn to each subtask, starting after the producer's own index to spread the producers' first rows. */
    public static EdgeWriter roundRobin(ChannelWriter[] targets, int producerIndex) {
        return new RoundRobin(targets, producerIndex);
    }

    public static EdgeWriter broadcast(ChannelWriter[] targets) {
        return new Broadcast(targets);
    }

    /** Rows by the key group of their key, so equal keys meet in one subtask. */
    public static EdgeWriter hashed(ChannelWriter[] targets, KeyHasher hasher, int maxParallelism) {
        return new Hashed(targets, hasher, maxParallelism);
    }

    private static final class FixedTarget extends EdgeWriter {
        private final ChannelWriter target;

        FixedTarget(ChannelWriter[] targets) {
            super(targets);
            this.target = targets[0];
        }

        @Override
        public void write(ChangeKind kind, Row row) {
            target.add(kind, row);
        }
    }

    private static final class RoundRobin extends EdgeWriter {
        private int next;

        RoundRobin(ChannelWriter[] targets, int producerIndex) {
            super(targets);
            this.next = producerIndex % targets.length;
        }

        @Override
        public void write(ChangeKind kind, Row row) {
            int target = next;
            next = target + 1 == targets.length ? 0 : target + 1;
            targets[target].add(kind, row);
        }
    }

    private static final class Broadcast extends EdgeWriter {
        Broadcast(ChannelWriter[] targets) {
            super(targets);
        }

        @Override
        public void write(ChangeKind kind, Row row) {
            for (ChannelWriter target : targets) {
                target.add(kind, row);
            }
        }
    }

    private static final class Hashed extends EdgeWriter {
        private final KeyHasher hasher;
        private final int maxParallelism;

        Hashed(ChannelWriter[] targets, KeyHasher hasher, int maxParallelism) {
            super(targets);
            KeyGroups.checkParallelism(targets.length, maxParallelism);
            this.hasher = hasher;
            this.maxParallelism = maxParallelism;
        }

        @Override
        public void write(ChangeKind kind, Row row) {
            targets[KeyGroups.subtaskOfKey(hasher.hash(row), maxParallelism, targets.length)].add(kind, row);
        }
    }
}
