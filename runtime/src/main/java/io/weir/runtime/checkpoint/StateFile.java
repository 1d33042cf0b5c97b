package io.weir.runtime.checkpoint;

import io.weir.runtime.type.RowType;
import java.util.Objects;

/**
 * A file of a checkpoint holding the rows of one {@link StateTable} of one subtask, over a range of key groups
 * (unkeyed tables, such as source positions, cover the subtask's whole range too).
 *
 * <p>With incremental checkpoints a checkpoint also lists files written by earlier checkpoints of the same job: the
 * state of a keyed table of one subtask is then a <em>chain</em>, one {@link Content#FULL} file followed by the
 * {@link Content#DELTA} files written since, which a restore applies in the order of their {@code checkpointId}. A
 * file lives in the directory of the checkpoint that wrote it ({@code checkpointId}); that of another checkpoint of
 * the job is a sibling of the listing checkpoint's directory. Savepoints only ever list full files of their own.
 *
 * @param table the state table whose rows the file holds
 * @param subtask the subtask that wrote it
 * @param firstKeyGroup the first key group of the range the rows belong to
 * @param lastKeyGroup the last key group of that range, inclusive
 * @param content whether the file holds every row of the table or only the changes since the previous file of its
 *     chain
 * @param checkpointId the checkpoint that wrote the file, in whose directory it lives
 * @param path the file's path relative to the directory of checkpoint {@code checkpointId}
 * @param sizeBytes the file's size
 * @param rowCount the rows it holds (for a delta, tombstones included)
 * @param checksum a checksum of the file's bytes ({@code crc32c:<hex>}), verified when it is read back
 */
public record StateFile(StateTable table, int subtask, int firstKeyGroup, int lastKeyGroup, Content content,
        long checkpointId, String path, long sizeBytes, long rowCount, String checksum) {
    /** What a state file holds. */
    public enum Content {
        /** Every row of the table at the checkpoint. */
        FULL,
        /**
         * The changes since the previous file of the chain, with the marker column of {@link
         * StateTable#deltaSchema()} first: a key's rows replace all of that key's rows before, and a tombstone (marker
         * {@code true}, only the key group and key columns set) removes the key; for timers a row adds one timer and a
         * tombstone (with its timestamp) removes that one. Tombstones come before the rows of the same file.
         */
        DELTA
    }

    public StateFile {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(checksum, "checksum");
        if (firstKeyGroup > lastKeyGroup) {
            throw new IllegalArgumentException("key groups " + firstKeyGroup + "-" + lastKeyGroup);
        }
        if (checkpointId < 1) {
            throw new IllegalArgumentException("checkpoint id " + checkpointId);
        }
    }

    /** Whether this file's key-group range overlaps {@code first..last}. */
    public boolean overlaps(int first, int last) {
        return firstKeyGroup <= last && lastKeyGroup >= first;
    }

    /** The columns of the file: the table's, after the deletion marker for a delta. */
    public RowType fileSchema() {
        return content == Content.DELTA ? table.deltaSchema() : table.schema();
    }
}
