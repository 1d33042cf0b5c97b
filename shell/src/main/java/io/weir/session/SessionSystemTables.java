package io.weir.session;

import io.weir.checkpoint.CheckpointStore;
import io.weir.checkpoint.SystemTableReader;
import io.weir.planner.catalog.SystemTable;
import io.weir.planner.catalog.SystemTables;
import io.weir.runtime.checkpoint.CheckpointStorage;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.checkpoint.StateTable;
import io.weir.runtime.job.Job;
import io.weir.runtime.row.Row;
import io.weir.runtime.source.Source;
import io.weir.runtime.type.RowType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The {@code weir_system} tables of a session: the metadata database's system tables, read when a query's job starts,
 * with the live figures of this session's running jobs; and {@code checkpoint_state}, which reads state files.
 */
final class SessionSystemTables implements SystemTables {
    private static final String JOBS = "jobs";

    private final SystemTableReader reader;
    private final CheckpointStore checkpoints;
    private final CheckpointStorage storage;
    private final Supplier<List<Job>> liveJobs;

    SessionSystemTables(SystemTableReader reader, CheckpointStore checkpoints, CheckpointStorage storage,
            Supplier<List<Job>> liveJobs) {
        this.reader = reader;
        this.checkpoints = checkpoints;
        this.storage = storage;
        this.liveJobs = liveJobs;
    }

    @Override
    public List<String> names() {
        return reader.names();
    }

    @Override
    public Optional<SystemTable> table(String name) {
        Optional<RowType> columns = reader.columns(name);
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        String stored = reader.names().stream().filter(n -> n.equalsIgnoreCase(name)).findFirst().orElse(name);
        Supplier<List<Row>> rows = stored.equals(JOBS) ? this::jobs : () -> reader.read(stored);
        return Optional.of(new Snapshot(stored, columns.get(), rows));
    }

    /** The jobs table, with the status, restarts and late records of this session's jobs as they are now. */
    private List<Row> jobs() {
        Map<String, Job> live = new HashMap<>();
        for (Job job : liveJobs.get()) {
            live.put(job.id(), job);
        }
        RowType columns = reader.columns(JOBS).orElseThrow();
        int status = columns.names().indexOf("status");
        int restarts = columns.names().indexOf("restarts");
        int late = columns.names().indexOf("late_records_dropped");
        List<Row> rows = reader.read(JOBS);
        for (Row row : rows) {
            Job job = live.get(row.getString(0));
            if (job != null && !job.status().isTerminal()) {
                Map<String, Long> metrics = job.metrics();
                row.setObject(status, job.status().name());
                row.setLong(restarts, metrics.getOrDefault("restarts", 0L));
                row.setLong(late, JobFigures.lateRecordsDropped(metrics));
            }
        }
        return rows;
    }

    @Override
    public SystemTable checkpointState(String jobId, long checkpointId, String operatorUid,
            Optional<String> stateName) {
        List<CompletedCheckpoint> ofJob = checkpoints.list(jobId);
        if (ofJob.isEmpty()) {
            throw SessionErrors.noCheckpointsOfJob(jobId, jobsWithCheckpoints());
        }
        CompletedCheckpoint checkpoint = ofJob.stream().filter(c -> c.checkpointId() == checkpointId).findFirst()
                .orElseThrow(() -> SessionErrors.unknownCheckpoint(jobId, checkpointId,
                        ofJob.stream().map(CompletedCheckpoint::checkpointId).toList()));
        Map<String, StateTable> tables = new LinkedHashMap<>();
        TreeSet<String> uids = new TreeSet<>();
        for (StateFile file : checkpoint.files()) {
            uids.add(file.table().operatorUid());
            if (file.table().operatorUid().equals(operatorUid)) {
                tables.putIfAbsent(file.table().name(), file.table());
            }
        }
        if (tables.isEmpty()) {
            throw SessionErrors.unknownOperatorUid(operatorUid, checkpointId, new ArrayList<>(uids));
        }
        List<String> names = new ArrayList<>(new TreeSet<>(tables.keySet()));
        StateTable table;
        if (stateName.isEmpty()) {
            if (tables.size() > 1) {
                throw SessionErrors.stateTableRequired(operatorUid, names);
            }
            table = tables.values().iterator().next();
        } else {
            table = tables.values().stream().filter(t -> t.name().equalsIgnoreCase(stateName.get())).findFirst()
                    .orElseThrow(() -> SessionErrors.unknownStateTable(operatorUid, stateName.get(), names));
        }
        return new Snapshot(SystemTables.CHECKPOINT_STATE + "(" + operatorUid + "." + table.name() + ")",
                table.schema(), () -> new CheckpointStateRows(storage, checkpoint, table).read());
    }

    private List<String> jobsWithCheckpoints() {
        TreeSet<String> jobs = new TreeSet<>();
        for (Row row : reader.read("checkpoints")) {
            jobs.add(row.getString(0));
        }
        return new ArrayList<>(jobs);
    }

    /** A system table whose rows are read when its source's reader opens. */
    private record Snapshot(String name, RowType columns, Supplier<List<Row>> rows) implements SystemTable {
        @Override
        public Source source(List<Integer> projection) {
            return new SnapshotSource(name, rows, projection);
        }
    }
}
