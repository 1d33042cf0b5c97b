package io.weir.runtime.checkpoint;

import java.util.Objects;

/**
 * A file of a checkpoint holding the rows of one {@link StateTable} of one subtask, over a range of key groups
 * (unkeyed tables, such as source positions, cover the subtask's whole range too).
 *
 * @param table the state table whose rows the file holds
 * @param subtask the subtask that wrote it
 * @param firstKeyGroup the first key group of the range the rows belong to
 * @param lastKeyGroup the last key group of that range, inclusive
 * @param path the file's path relative to its checkpoint's directory
 * @param sizeBytes the file's size
 * @param rowCount the rows it holds
 * @param checksum a checksum of the file's bytes ({@code crc32c:<hex>}), verified when it is read back
 */
public record StateFile(StateTable table, int subtask, int firstKeyGroup, int lastKeyGroup, String path,
        long sizeBytes, long rowCount, String checksum) {
    public StateFile {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(checksum, "checksum");
        if (firstKeyGroup > lastKeyGroup) {
            throw new IllegalArgumentException("key groups " + firstKeyGroup + "-" + lastKeyGroup);
        }
    }

    /** Whether this file's key-group range overlaps {@code first..last}. */
    public boolean overlaps(int first, int last) {
        return firstKeyGroup <= last && lastKeyGroup >= first;
    }
}
