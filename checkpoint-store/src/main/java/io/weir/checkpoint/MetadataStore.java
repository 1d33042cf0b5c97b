package io.weir.checkpoint;

import io.weir.checkpoint.internal.H2MetadataStore;
import io.weir.runtime.checkpoint.CheckpointStorage;
import java.nio.file.Path;

/**
 * The metadata database of one data directory: the embedded H2 database {@code <dataDir>/metadata}, migrated to
 * the schema version this build knows, owned by this process alone (an OS lock on {@code <dataDir>/weir.lock})
 * until {@link #close()}.
 */
public interface MetadataStore extends AutoCloseable {
    /**
     * Creates the data directory and the database if missing, migrates an older schema, locks the directory, and
     * removes the files of checkpoints that were never committed.
     *
     * @throws io.weir.runtime.WeirException with {@code DATA_DIRECTORY_LOCKED} if another process (or another store
     *     in this process) holds the directory, or {@code IO_ERROR} if the database cannot be opened or is newer
     *     than this build
     */
    static MetadataStore open(Path dataDir) {
        return H2MetadataStore.open(dataDir);
    }

    /** The schema version of the database, after migrations. */
    int schemaVersion();

    CatalogStore catalog();

    JobStore jobs();

    /** The committed checkpoints and savepoints and their state files, for listing them. */
    CheckpointStore checkpoints();

    /** The metadata database as read-only tables, for the {@code weir_system} schema. */
    SystemTableReader systemTables();

    /**
     * The checkpoint storage of this data directory for the runtime: Parquet state files under
     * {@code <dataDir>/checkpoints/} and {@code <dataDir>/savepoints/}, committed in this database. Directories
     * under {@code checkpoints/} that no committed checkpoint references were removed when the store was opened.
     */
    CheckpointStorage checkpointStorage();

    /** Closes the database and releases the data directory. */
    @Override
    void close();
}
