package io.weir.checkpoint.internal;

import io.weir.checkpoint.CheckpointStore;
import io.weir.runtime.checkpoint.CheckpointFigures;
import io.weir.runtime.checkpoint.CheckpointKind;
import io.weir.runtime.checkpoint.CheckpointingMode;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.checkpoint.StateKind;
import io.weir.runtime.checkpoint.StateTable;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The checkpoint tables of the metadata database ({@code checkpoints}, {@code state_files}). */
final class JdbiCheckpointStore implements CheckpointStore {
    private static final String SELECT_CHECKPOINT = "SELECT job_id, checkpoint_id, kind, checkpointing_mode, "
            + "trigger_time, completion_time, location, max_parallelism FROM checkpoints ";

    private final Jdbi jdbi;
    private final Path dataDir;

    JdbiCheckpointStore(Jdbi jdbi, Path dataDir) {
        this.jdbi = jdbi;
        this.dataDir = dataDir;
    }

    /** A checkpoints row before its files are read. */
    private record CheckpointRow(String jobId, long checkpointId, CheckpointKind kind, CheckpointingMode mode,
            Instant triggeredAt, Instant completedAt, String location, int maxParallelism) {
    }

    @Override
    public void insert(CompletedCheckpoint checkpoint, CheckpointFigures figures) {
        String location = relativeLocation(Path.of(checkpoint.location()));
        call("commit checkpoint " + checkpoint.checkpointId() + " of job '" + checkpoint.jobId() + "'", handle -> {
            insert(handle, checkpoint, location, figures);
            return null;
        });
    }

    private static void insert(Handle handle, CompletedCheckpoint checkpoint, String location,
            CheckpointFigures figures) {
        long bytes = 0;
        long rows = 0;
        long writtenBytes = 0;
        long inFlightBytes = 0;
        for (StateFile file : checkpoint.files()) {
            bytes += file.sizeBytes();
            rows += file.rowCount();
            if (file.checkpointId() == checkpoint.checkpointId()) {
                writtenBytes += file.sizeBytes();
            }
            if (file.table().kind() == StateKind.IN_FLIGHT) {
                inFlightBytes += file.sizeBytes();
            }
        }
        handle.createUpdate("INSERT INTO checkpoints (job_id, checkpoint_id, kind, checkpointing_mode, status, "
                        + "trigger_time, completion_time, location, max_parallelism, state_size_bytes, state_row_count, "
                        + "file_count, sync_duration_ms, async_duration_ms, alignment_ms, in_flight_bytes, written_bytes) "
                        + "VALUES (:job, :id, :kind, :mode, 'COMPLETED', :triggered, :completed, :location, "
                        + ":maxParallelism, :bytes, :rows, :files, :sync, :async, :alignment, :inFlight, :written)")
                .bind("job", checkpoint.jobId())
                .bind("id", checkpoint.checkpointId())
                .bind("kind", checkpoint.kind().name())
                .bind("mode", checkpoint.mode().name())
                .bindBySqlType("triggered", utc(checkpoint.triggeredAt()), Types.TIMESTAMP_WITH_TIMEZONE)
                .bindBySqlType("completed", utc(checkpoint.completedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
                .bind("location", location)
                .bind("maxParallelism", checkpoint.maxParallelism())
                .bind("bytes", bytes)
                .bind("rows", rows)
                .bind("files", checkpoint.files().size())
                .bind("sync", figures.syncDuration().toMillis())
                .bind("async", figures.asyncDuration().toMillis())
                .bind("alignment", figures.alignment().toMillis())
                .bind("inFlight", inFlightBytes)
                .bind("written", writtenBytes)
                .execute();
        if (!figures.acknowledgements().isEmpty()) {
            PreparedBatch acks = handle.prepareBatch("INSERT INTO checkpoint_acknowledgements (job_id, checkpoint_id, "
                    + "operator_uid, subtask, ack_time) VALUES (:job, :id, :uid, :subtask, :at)");
            for (CheckpointFigures.Acknowledgement ack : figures.acknowledgements()) {
                acks.bind("job", checkpoint.jobId())
                        .bind("id", checkpoint.checkpointId())
                        .bind("uid", ack.operatorUid())
                        .bind("subtask", ack.subtask())
                        .bindBySqlType("at", utc(ack.acknowledgedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
                        .add();
            }
            acks.execute();
        }
        if (checkpoint.files().isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("INSERT INTO state_files (job_id, checkpoint_id, operator_uid, "
                + "state_name, state_kind, subtask, first_key_group, last_key_group, content, file_checkpoint_id, "
                + "file_path, size_bytes, row_count, checksum, table_schema) VALUES (:job, :id, :uid, :name, :kind, "
                + ":subtask, :first, :last, :content, :writtenBy, :path, :bytes, :rows, :checksum, :schema)");
        for (StateFile file : checkpoint.files()) {
            batch.bind("job", checkpoint.jobId())
                    .bind("id", checkpoint.checkpointId())
                    .bind("uid", file.table().operatorUid())
                    .bind("name", file.table().name())
                    .bind("kind", file.table().kind().name())
                    .bind("subtask", file.subtask())
                    .bind("first", file.firstKeyGroup())
                    .bind("last", file.lastKeyGroup())
                    .bind("content", file.content().name())
                    .bind("writtenBy", file.checkpointId())
                    .bind("path", file.path())
                    .bind("bytes", file.sizeBytes())
                    .bind("rows", file.rowCount())
                    .bind("checksum", file.checksum())
                    .bind("schema", SchemaText.format(file.table().schema()))
                    .add();
        }
        batch.execute();
    }

    @Override
    public void delete(String jobId, List<Long> checkpointIds) {
        call("remove checkpoints " + checkpointIds + " of job '" + jobId + "'", handle -> {
            for (long id : checkpointIds) {
                handle.createUpdate("DELETE FROM checkpoints WHERE job_id = :job AND checkpoint_id = :id")
                        .bind("job", jobId)
                        .bind("id", id)
                        .execute();
            }
            return null;
        });
    }

    @Override
    public List<CompletedCheckpoint> list(String jobId) {
        return call("list the checkpoints of job '" + jobId + "'", handle -> complete(handle,
                handle.createQuery(SELECT_CHECKPOINT + "WHERE job_id = :job ORDER BY checkpoint_id")
                        .bind("job", jobId)
                        .map((rs, ctx) -> checkpointRow(rs))
                        .list()));
    }

    @Override
    public List<CompletedCheckpoint> savepoints() {
        return call("list the savepoints", handle -> complete(handle,
                handle.createQuery(SELECT_CHECKPOINT + "WHERE kind = :kind ORDER BY completion_time, job_id, "
                                + "checkpoint_id")
                        .bind("kind", CheckpointKind.SAVEPOINT.name())
                        .map((rs, ctx) -> checkpointRow(rs))
                        .list()));
    }

    @Override
    public Optional<CompletedCheckpoint> latest(String jobId) {
        return latestBefore(jobId, Long.MAX_VALUE);
    }

    @Override
    public Optional<CompletedCheckpoint> latestBefore(String jobId, long checkpointId) {
        return call("read the latest checkpoint of job '" + jobId + "'", handle -> complete(handle,
                handle.createQuery(SELECT_CHECKPOINT + "WHERE job_id = :job AND checkpoint_id < :id "
                                + "ORDER BY checkpoint_id DESC FETCH FIRST 1 ROW ONLY")
                        .bind("job", jobId)
                        .bind("id", checkpointId)
                        .map((rs, ctx) -> checkpointRow(rs))
                        .list()).stream().findFirst());
    }

    @Override
    public Optional<CompletedCheckpoint> findByLocation(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        if (!absolute.startsWith(dataDir)) {
            return Optional.empty();
        }
        String location = relativeLocation(absolute);
        return call("find the checkpoint at '" + directory + "'", handle -> complete(handle,
                handle.createQuery(SELECT_CHECKPOINT + "WHERE location = :location")
                        .bind("location", location)
                        .map((rs, ctx) -> checkpointRow(rs))
                        .list()).stream().findFirst());
    }

    @Override
    public List<Path> locations() {
        return call("list the checkpoints", handle -> {
            List<Path> locations = new ArrayList<>();
            for (String location : handle.createQuery("SELECT location FROM checkpoints").mapTo(String.class).list()) {
                locations.add(absoluteLocation(location));
            }
            // The directories of earlier checkpoints whose files a committed checkpoint still lists.
            handle.createQuery("SELECT DISTINCT c.location, f.file_checkpoint_id FROM state_files f JOIN checkpoints c "
                            + "ON c.job_id = f.job_id AND c.checkpoint_id = f.checkpoint_id "
                            + "WHERE f.file_checkpoint_id <> f.checkpoint_id")
                    .map((rs, ctx) -> absoluteLocation(rs.getString(1))
                            .resolveSibling(Long.toString(rs.getLong(2))))
                    .forEach(locations::add);
            return locations;
        });
    }

    private List<CompletedCheckpoint> complete(Handle handle, List<CheckpointRow> rows) {
        List<CompletedCheckpoint> checkpoints = new ArrayList<>(rows.size());
        for (CheckpointRow row : rows) {
            List<StateFile> files = handle.createQuery("SELECT operator_uid, state_name, state_kind, subtask, "
                            + "first_key_group, last_key_group, content, file_checkpoint_id, file_path, size_bytes, "
                            + "row_count, checksum, table_schema FROM state_files WHERE job_id = :job AND "
                            + "checkpoint_id = :id ORDER BY operator_uid, state_name, subtask, first_key_group, "
                            + "file_checkpoint_id")
                    .bind("job", row.jobId())
                    .bind("id", row.checkpointId())
                    .map((rs, ctx) -> stateFile(rs))
                    .list();
            checkpoints.add(new CompletedCheckpoint(row.jobId(), row.checkpointId(), row.kind(), row.mode(),
                    row.maxParallelism(), absoluteLocation(row.location()).toString(), row.triggeredAt(),
                    row.completedAt(), files));
        }
        return checkpoints;
    }

    private static CheckpointRow checkpointRow(ResultSet rs) throws SQLException {
        return new CheckpointRow(rs.getString("job_id"), rs.getLong("checkpoint_id"),
                CheckpointKind.valueOf(rs.getString("kind")), CheckpointingMode.valueOf(rs.getString("checkpointing_mode")),
                rs.getObject("trigger_time", OffsetDateTime.class).toInstant(),
                rs.getObject("completion_time", OffsetDateTime.class).toInstant(), rs.getString("location"),
                rs.getInt("max_parallelism"));
    }

    private static StateFile stateFile(ResultSet rs) throws SQLException {
        StateTable table = new StateTable(rs.getString("operator_uid"), rs.getString("state_name"),
                StateKind.valueOf(rs.getString("state_kind")), SchemaText.parse(rs.getString("table_schema")));
        return new StateFile(table, rs.getInt("subtask"), rs.getInt("first_key_group"), rs.getInt("last_key_group"),
                StateFile.Content.valueOf(rs.getString("content")), rs.getLong("file_checkpoint_id"),
                rs.getString("file_path"), rs.getLong("size_bytes"), rs.getLong("row_count"), rs.getString("checksum"));
    }

    /** The location as stored: relative to the data directory, with forward slashes on every platform. */
    private String relativeLocation(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        if (!absolute.startsWith(dataDir)) {
            throw new IllegalArgumentException("checkpoint directory " + absolute + " is outside data directory " + dataDir);
        }
        return dataDir.relativize(absolute).toString().replace(absolute.getFileSystem().getSeparator(), "/");
    }

    private Path absoluteLocation(String stored) {
        return dataDir.resolve(stored).normalize();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private <T> T call(String action, HandleCallback<T, RuntimeException> callback) {
        try {
            return jdbi.inTransaction(callback);
        } catch (JdbiException e) {
            throw StoreErrors.storeFailed(action, e);
        }
    }
}
