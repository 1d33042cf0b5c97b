package io.weir.checkpoint.internal;

import io.weir.checkpoint.CatalogStore;
import io.weir.checkpoint.CheckpointStore;
import io.weir.checkpoint.JobStore;
import io.weir.checkpoint.MetadataStore;
import io.weir.checkpoint.SystemTableReader;
import io.weir.runtime.checkpoint.CheckpointStorage;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The metadata store on an embedded H2 database. The database stays open (DB_CLOSE_DELAY=-1) until
 * {@link #close()} shuts it down, so each Jdbi handle's connection is cheap; the directory lock is taken first
 * and released last.
 */
public final class H2MetadataStore implements MetadataStore {
    /** H2's error code for a database file that another process has open. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private final DataDirectoryLock lock;
    private final Jdbi jdbi;
    private final int schemaVersion;
    private final CatalogStore catalog;
    private final JobStore jobs;
    private final CheckpointStore checkpoints;
    private final CheckpointStorage checkpointStorage;
    private final SystemTableReader systemTables;

    private H2MetadataStore(DataDirectoryLock lock, Jdbi jdbi, int schemaVersion, Path dataDir) {
        this.lock = lock;
        this.jdbi = jdbi;
        this.schemaVersion = schemaVersion;
        this.catalog = new JdbiCatalogStore(jdbi);
        this.jobs = new JdbiJobStore(jdbi);
        this.checkpoints = new JdbiCheckpointStore(jdbi, dataDir);
        this.systemTables = new JdbiSystemTableReader(jdbi, dataDir);
        // Opened with the lock just taken, before any job of this directory runs: only then may it collect garbage.
        this.checkpointStorage = ParquetCheckpointStorage.open(dataDir, checkpoints);
    }

    public static MetadataStore open(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        DataDirectoryLock lock = DataDirectoryLock.acquire(dir);
        Jdbi jdbi = null;
        try {
            JdbcDataSource dataSource = new JdbcDataSource();
            // WRITE_DELAY=0: a commit reaches the file before it returns. A checkpoint's commit is the point after
            // which sinks make its output visible; H2's default half-second delay could lose a commit that a sink
            // already acted on when the process is killed, and the restore would then replay that output again.
            dataSource.setURL("jdbc:h2:file:" + dir.resolve("metadata")
                    + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0;WRITE_DELAY=0");
            jdbi = Jdbi.create(dataSource);
            int version = connect(jdbi, dir);
            return new H2MetadataStore(lock, jdbi, version, dir);
        } catch (RuntimeException e) {
            if (jdbi != null) {
                shutdownQuietly(jdbi);
            }
            lock.close();
            throw e;
        }
    }

    private static int connect(Jdbi jdbi, Path dir) {
        try {
            return SchemaMigrations.migrate(jdbi, dir);
        } catch (io.weir.runtime.WeirException e) {
            throw e;
        } catch (RuntimeException e) {
            if (hasH2Error(e, H2_DATABASE_ALREADY_OPEN)) {
                throw StoreErrors.directoryLockedUnknownHolder(dir, e);
            }
            throw StoreErrors.cannotOpen(dir, e);
        }
    }

    private static boolean hasH2Error(Throwable t, int errorCode) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException && ((SQLException) c).getErrorCode() == errorCode) {
                return true;
            }
        }
        return false;
    }

    private static void shutdownQuietly(Jdbi jdbi) {
        try {
            // A plain JDBC statement: asking for an update count after SHUTDOWN would touch the closed database.
            jdbi.useHandle(handle -> {
                try (java.sql.Statement statement = handle.getConnection().createStatement()) {
                    statement.execute("SHUTDOWN");
                }
            });
        } catch (SQLException | RuntimeException ignored) {
            // the database never opened or is already closed; the original error is the one reported
        }
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public CatalogStore catalog() {
        return catalog;
    }

    @Override
    public JobStore jobs() {
        return jobs;
    }

    @Override
    public CheckpointStore checkpoints() {
        return checkpoints;
    }

    @Override
    public SystemTableReader systemTables() {
        return systemTables;
    }

    @Override
    public CheckpointStorage checkpointStorage() {
        return checkpointStorage;
    }

    @Override
    public void close() {
        try {
            shutdownQuietly(jdbi);
        } finally {
            lock.close();
        }
    }
}
