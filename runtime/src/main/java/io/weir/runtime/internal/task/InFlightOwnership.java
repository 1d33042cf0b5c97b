package io.weir.runtime.internal.task;

import io.weir.runtime.dataflow.KeyGroups;
import io.weir.runtime.dataflow.KeyHasher;
import io.weir.runtime.row.Row;

/**
 * Which in-flight rows of a checkpoint a restoring subtask replays, whatever the parallelism they were stored at.
 * Behind hash edges a row belongs to the subtask that owns its key group now, as the upstream exchange would send it;
 * behind other edges the rows of old subtask {@code s} go to subtask {@code s % parallelism}.
 *
 * @param keys the hasher of the key the vertex's input edges are all hashed on, or {@code null} if they are not
 * @param subtask the restoring subtask
 */
record InFlightOwnership(KeyHasher keys, int maxParallelism, int subtask, int parallelism) {
    /** Whether {@code row}, stored by old subtask {@code storedBy}, is replayed by this subtask. */
    boolean owns(int storedBy, Row row) {
        if (keys == null) {
            return storedBy % parallelism == subtask;
        }
        return KeyGroups.subtaskOfKey(keys.hash(row), maxParallelism, parallelism) == subtask;
    }
}
