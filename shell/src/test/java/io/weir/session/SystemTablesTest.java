package io.weir.session;

import static io.weir.session.SessionTesting.await;
import static io.weir.session.SessionTesting.changes;
import static io.weir.session.SessionTesting.drain;
import static io.weir.session.SessionTesting.insert;
import static io.weir.session.SessionTesting.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.WeirException;
import io.weir.runtime.job.Job;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weir_system tables and checkpoint_state read with SQL in a real session, after a checkpointed window
 * aggregation ran and stopped with a savepoint.
 */
class SystemTablesTest {
    private static final String IDS = "CREATE TABLE ids (id BIGINT, "
            + "ts AS CAST(TIMESTAMP '2026-01-01 00:00:00' + INTERVAL '1' SECOND * id AS TIMESTAMP(3)), "
            + "WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen', 'rows-per-second' = '1000', "
            + "'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '100000')";
    private static final String SINK = "CREATE TABLE counts (k BIGINT, n BIGINT, total BIGINT) "
            + "WITH ('connector' = 'blackhole')";
    /**
     * One window of a day over ids at one per second, so every row read stays in the window's state, per key
     * {@code id / 50}: each checkpoint changes the state of a few keys only, so incremental ones write deltas.
     */
    private static final String INSERT = "INSERT INTO counts SELECT id / 50, COUNT(*), SUM(id) FROM TABLE(TUMBLE("
            + "TABLE ids, DESCRIPTOR(ts), INTERVAL '1' DAY)) GROUP BY window_start, window_end, id / 50";

    @TempDir
    Path dataDir;

    private static long rowsRead(Job job) {
        long rows = 0;
        for (Map.Entry<String, Long> metric : job.metrics().entrySet()) {
            if (metric.getKey().endsWith(".source.records.in")) {
                rows += metric.getValue();
            }
        }
        return rows;
    }

    /** The rows of a bounded query that reads only inserts. */
    private static List<Row> select(Session session, String sql) throws InterruptedException {
        StatementResult.Changes result = changes(session, sql);
        List<Row> rows = new ArrayList<>();
        try (ChangeStream stream = result.stream()) {
            while (stream.next()) {
                assertThat(stream.kind()).isEqualTo(ChangeKind.INSERT);
                rows.add(stream.row().copy());
            }
        }
        return rows;
    }

    /** Runs the window aggregation with checkpoints every 100 ms until two committed, then stops it with a savepoint. */
    private static String runCheckpointedJob(Session session, boolean incremental) {
        run(session, IDS);
        run(session, SINK);
        run(session, "SET 'execution.checkpointing.interval' = '100 ms'");
        run(session, "SET 'execution.checkpointing.incremental' = '" + incremental + "'");
        String jobId = insert(session, INSERT).jobId();
        Job job = session.jobs().get(0);
        await("300 rows read", () -> rowsRead(job) >= 300);
        await("3 checkpoints completed", () -> job.metrics().getOrDefault("checkpoints.completed", 0L) >= 3);
        run(session, "STOP JOB '" + jobId + "' WITH SAVEPOINT");
        run(session, "RESET 'execution.checkpointing.interval'");
        return jobId;
    }

    private static String windowUid(Session session, String jobId) throws InterruptedException {
        List<Row> uids = select(session, "SELECT operator_uid FROM weir_system.state_files WHERE job_id = '" + jobId
                + "' AND state_kind = 'EVENT_TIME_TIMERS'");
        assertThat(uids).isNotEmpty();
        return uids.get(0).getString(0);
    }

    /** The next id the source would read at a checkpoint: from its one split's position, the index of the next row. */
    private static long nextId(Session session, String jobId, long checkpointId) throws InterruptedException {
        List<Row> positions = select(session, "SELECT next_index FROM TABLE(checkpoint_state('" + jobId + "', "
                + checkpointId + ", '1-source'))");
        assertThat(positions).hasSize(1);
        return positions.get(0).getLong(0) + 1;
    }

    /**
     * Checks the window state at a checkpoint holds exactly the ids before the source's position then: per key
     * {@code id / 50}, their count and sum.
     */
    private static void assertWindowStateMatchesSourcePosition(Session session, String jobId, long checkpointId)
            throws InterruptedException {
        String uid = windowUid(session, jobId);
        long next = nextId(session, jobId, checkpointId);
        StatementResult.Changes state = changes(session, "SELECT * FROM TABLE(checkpoint_state('" + jobId + "', "
                + checkpointId + ", '" + uid + "', 'slices'))");
        List<String> names = state.columns().names();
        List<Row> rows = new ArrayList<>();
        try (ChangeStream stream = state.stream()) {
            while (stream.next()) {
                rows.add(stream.row().copy());
            }
        }
        Map<Long, long[]> perKey = new TreeMap<>();
        for (long id = 1; id < next; id++) {
            long[] countAndSum = perKey.computeIfAbsent(id / 50, k -> new long[2]);
            countAndSum[0]++;
            countAndSum[1] += id;
        }
        List<String> expected = new ArrayList<>();
        for (Map.Entry<Long, long[]> key : perKey.entrySet()) {
            expected.add(key.getKey() + ":" + key.getValue()[0] + ":" + key.getValue()[1]);
        }
        List<String> actual = new ArrayList<>();
        // key_group, the key (id / 50), element_index, then the accumulators: COUNT(*)'s, SUM(id)'s, and slice_end
        int count = names.indexOf("EXPR$1_0");
        int sum = names.indexOf("EXPR$2_0");
        for (Row row : rows) {
            actual.add(row.getLong(1) + ":" + row.getLong(count) + ":" + row.getLong(sum));
        }
        assertThat(names.get(0)).isEqualTo("key_group");
        assertThat(actual).as("state rows %s at next id %s", names, next).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void checkpointsOfAFinishedJobAreListedWithTheirFiguresAndOperators() throws Exception {
        try (Session session = SessionTesting.open(dataDir, 1)) {
            String jobId = runCheckpointedJob(session, false);

            List<Row> checkpoints = select(session, "SELECT checkpoint_id, kind, status, duration_ms, size_bytes, "
                    + "sync_duration_ms + async_duration_ms FROM weir_system.checkpoints WHERE job_id = '" + jobId + "'");
            // The newest checkpoint (one is retained) and the savepoint.
            assertThat(checkpoints).hasSize(2);
            assertThat(checkpoints).extracting(r -> r.getString(1)).containsOnly("CHECKPOINT", "SAVEPOINT");
            assertThat(checkpoints.get(checkpoints.size() - 1).getString(1)).isEqualTo("SAVEPOINT");
            for (Row row : checkpoints) {
                assertThat(row.getString(2)).isEqualTo("COMPLETED");
                assertThat(row.getLong(4)).isPositive();
                assertThat(row.getLong(5)).isLessThanOrEqualTo(row.getLong(3));
            }
            long savepoint = checkpoints.get(1).getLong(0);
            List<Row> operators = select(session, "SELECT operator_uid, subtask, state_rows, ack_time "
                    + "FROM weir_system.checkpoint_operators WHERE job_id = '" + jobId + "' AND checkpoint_id = "
                    + savepoint);
            assertThat(operators).extracting(r -> r.getString(0)).contains("1-source", windowUid(session, jobId));
            assertThat(operators).allSatisfy(r -> assertThat(r.isNullAt(3)).isFalse());
        }
    }

    @Test
    void aJobsRowShowsHowTheJobEndedAndItsParallelism() throws Exception {
        try (Session session = SessionTesting.open(dataDir, 1)) {
            String jobId = runCheckpointedJob(session, false);

            List<Row> jobs = select(session, "SELECT status, parallelism, restarts, end_time IS NOT NULL, sql_text "
                    + "FROM weir_system.jobs WHERE job_id = '" + jobId + "'");

            assertThat(jobs).hasSize(1);
            assertThat(jobs.get(0).getString(0)).isEqualTo("CANCELED");
            assertThat(jobs.get(0).getLong(1)).isEqualTo(1);
            assertThat(jobs.get(0).getLong(2)).isZero();
            assertThat(jobs.get(0).getBoolean(3)).isTrue();
            assertThat(jobs.get(0).getString(4)).isEqualTo(INSERT);
        }
    }

    @Test
    void systemTablesAggregateLikeAnyTable() throws Exception {
        try (Session session = SessionTesting.open(dataDir, 1)) {
            String jobId = runCheckpointedJob(session, false);

            StatementResult.Changes perKind = changes(session, "SELECT kind, COUNT(*) FROM weir_system.checkpoints "
                    + "WHERE job_id = '" + jobId + "' GROUP BY kind");
            List<String> changes = drain(perKind);

            assertThat(changes).anySatisfy(c -> assertThat(c).isEqualTo("+I[SAVEPOINT, 1]"));
            assertThat(changes).anySatisfy(c -> assertThat(c).startsWith("+I[CHECKPOINT, "));
        }
    }

    @Test
    void theSavepointsTableListsTheSavepointAJobWasStoppedWith() throws Exception {
        try (Session session = SessionTesting.open(dataDir, 1)) {
            String jobId = runCheckpointedJob(session, false);

            List<Row> savepoints = select(session, "SELECT job_id, location, size_bytes FROM weir_system.savepoints");

            assertThat(savepoints).hasSize(1);
            assertThat(savepoints.get(0).getString(0)).isEqualTo(jobId);
            assertThat(savepoints.get(0).getString(1)).startsWith(dataDir.resolve("savepoints").toString());
            assertThat(savepoints.get(0).getLong(2)).isPositive();
        }
    }

    @Test
    void stateFilesNameFilesThatExist() throws Exception {
        try (Session session = SessionTesting.open(dataDir, 1)) {
            runCheckpointedJob(session, true);

            List<Row> files = select(session, "SELECT path, size_bytes FROM weir_system.state_files");

            assertThat(files).isNotEmpty();
            for (Row file : files) {
                assertThat(Path.of(file.getString(0))).exists().hasSize(file.getLong(1));
            }
        }
    }

    @Test
    void theCatalogTablesListTablesColumnsAndOptions() throws Exception {
        try (Session session = SessionTesting.open(dataDir, 1)) {
            run(session, IDS);
            run(session, "CREATE VIEW evens AS SELECT id FROM ids WHERE MOD(id, 2) = 0");

            assertThat(select(session, "SELECT table_name, table_type, connector FROM weir_system.tables"))
                    .extracting(r -> r.getString(0) + "/" + r.getString(1) + "/" + r.getString(2))
                    .containsExactly("evens/VIEW/null", "ids/BASE TABLE/datagen");
            assertThat(select(session, "SELECT column_name, data_type, computed_expression IS NOT NULL "
                    + "FROM weir_system.columns WHERE table_name = 'ids'"))
                    .extracting(r -> r.getString(0) + " " + r.getString(1) + " " + r.getBoolean(2))
                    .containsExactly("id BIGINT false", "ts TIMESTAMP(3) true");
            assertThat(select(session, "SELECT option_value FROM weir_system.options WHERE option_key = 'rows-per-second'"))
                    .extracting(r -> r.getString(0)).containsExactly("1000");
            assertThat(select(session, "SELECT view_definition FROM weir_system.views"))
                    .extracting(r -> r.getString(0)).containsExactly("SELECT id FROM ids WHERE MOD(id, 2) = 0");
        }
    }

    @Test
    void aCommittedCheckpointOfARunningJobIsVisibleToTheNextQuery() throws Exception {
        try (Session session = SessionTesting.open(dataDir, 1)) {
            run(session, IDS);
            run(session, SINK);
            run(session, "SET 'execution.checkpointing.interval' = '100 ms'");
            String jobId = insert(session, INSERT).jobId();
            Job job = session.jobs().get(0);
            await("a checkpoint completed", () -> job.metrics().getOrDefault("checkpoints.completed", 0L) >= 1);
            run(session, "RESET 'execution.checkpointing.interval'");

            List<Row> rows = select(session, "SELECT checkpoint_id FROM weir_system.checkpoints WHERE job_id = '"
                    + jobId + "'");
            List<Row> jobs = select(session, "SELECT status FROM weir_system.jobs WHERE job_id = '" + jobId + "'");

            assertThat(rows).isNotEmpty();
            assertThat(jobs).extracting(r -> r.getString(0)).containsExactly("RUNNING");
        }
    }

    @Test
    void checkpointStateOfAFullCheckpointHoldsWhatTheWindowHeld() throws Exception {
        try (Session session = SessionTesting.open(dataDir, 1)) {
            String jobId = runCheckpointedJob(session, false);

            List<Row> checkpoints = select(session, "SELECT checkpoint_id FROM weir_system.checkpoints WHERE kind = "
                    + "'CHECKPOINT'");

            assertWindowStateMatchesSourcePosition(session, jobId, checkpoints.get(0).getLong(0));
        }
    }

    @Test
    void checkpointStateOfAnIncrementalCheckpointReadsItsChains() throws Exception {
        try (Session session = SessionTesting.open(dataDir, 1)) {
            String jobId = runCheckpointedJob(session, true);
            List<Row> withDeltas = select(session, "SELECT checkpoint_id FROM weir_system.state_files WHERE job_id = '"
                    + jobId + "' AND content = 'DELTA'");
            assertThat(withDeltas).as("checkpoints listing a delta").isNotEmpty();
            long checkpointId = withDeltas.get(withDeltas.size() - 1).getLong(0);

            assertWindowStateMatchesSourcePosition(session, jobId, checkpointId);
        }
    }

    @Test
    void checkpointStateOfASavepointHoldsWhatTheWindowHeld() throws Exception {
        try (Session session = SessionTesting.open(dataDir, 1)) {
            String jobId = runCheckpointedJob(session, true);
            List<Row> savepoints = select(session, "SELECT checkpoint_id FROM weir_system.savepoints");

            assertWindowStateMatchesSourcePosition(session, jobId, savepoints.get(0).getLong(0));
        }
    }

    @Test
    void checkpointStateOfAnUnknownOperatorListsTheOperatorsWithState() throws Exception {
        try (Session session = SessionTesting.open(dataDir, 1)) {
            String jobId = runCheckpointedJob(session, false);

            long savepoint = select(session, "SELECT checkpoint_id FROM weir_system.savepoints").get(0).getLong(0);

            assertThatThrownBy(() -> run(session, "SELECT * FROM TABLE(checkpoint_state('" + jobId + "', " + savepoint
                    + ", 'agg'))"))
                    .isInstanceOf(WeirException.class)
                    .hasMessageContaining("Checkpoint " + savepoint + " holds no state of operator 'agg'")
                    .hasMessageContaining("1-source");
        }
    }

    @Test
    void checkpointStateOfAnUnknownCheckpointListsTheJobsCheckpoints() throws Exception {
        try (Session session = SessionTesting.open(dataDir, 1)) {
            String jobId = runCheckpointedJob(session, false);

            assertThatThrownBy(() -> run(session, "SELECT * FROM TABLE(checkpoint_state('" + jobId + "', 999, "
                    + "'1-source'))"))
                    .isInstanceOf(WeirException.class)
                    .hasMessageContaining("has no checkpoint or savepoint 999; it has: ");
        }
    }

    @Test
    void checkpointStateOfAnOperatorWithSeveralStatesAsksWhichOne() throws Exception {
        try (Session session = SessionTesting.open(dataDir, 1)) {
            String jobId = runCheckpointedJob(session, false);
            String uid = windowUid(session, jobId);

            long savepoint = select(session, "SELECT checkpoint_id FROM weir_system.savepoints").get(0).getLong(0);

            assertThatThrownBy(() -> run(session, "SELECT * FROM TABLE(checkpoint_state('" + jobId + "', " + savepoint
                    + ", '" + uid + "'))"))
                    .isInstanceOf(WeirException.class)
                    .hasMessageContaining("has several states")
                    .hasMessageContaining("slices, timers.event, timers.processing");
        }
    }

    @Test
    void insertIntoASystemTableIsRefusedNamingIt() {
        try (Session session = SessionTesting.open(dataDir, 1)) {
            assertThatThrownBy(() -> run(session, "INSERT INTO weir_system.jobs SELECT * FROM weir_system.jobs"))
                    .isInstanceOf(WeirException.class)
                    .hasMessageContaining("Table 'weir_system.jobs' is read-only");
        }
    }

    @Test
    void creatingOrDroppingATableInTheSystemSchemaIsRefused() {
        try (Session session = SessionTesting.open(dataDir, 1)) {
            assertThatThrownBy(() -> run(session, "CREATE TABLE weir_system.mine (id BIGINT) "
                    + "WITH ('connector' = 'blackhole')"))
                    .isInstanceOf(WeirException.class)
                    .hasMessageContaining("'mine' is in schema 'weir_system', which is read-only");
            assertThatThrownBy(() -> run(session, "DROP TABLE weir_system.jobs"))
                    .isInstanceOf(WeirException.class)
                    .hasMessageContaining("'jobs' is in schema 'weir_system', which is read-only");
        }
    }

    @Test
    void showTablesListsOnlyTheUsersTables() {
        try (Session session = SessionTesting.open(dataDir, 1)) {
            run(session, SINK);

            assertThat(SessionTesting.rows(SessionTesting.table(session, "SHOW TABLES")))
                    .containsExactly(List.of("counts"));
        }
    }

    @Test
    void showTablesFromWeirSystemListsTheSystemTables() {
        try (Session session = SessionTesting.open(dataDir, 1)) {
            run(session, SINK);

            assertThat(SessionTesting.column(SessionTesting.table(session, "SHOW TABLES FROM weir_system"), 0))
                    .containsExactly("checkpoint_operators", "checkpoints", "columns", "jobs", "options",
                            "savepoints", "state_files", "tables", "views");
            assertThat(SessionTesting.column(SessionTesting.table(session, "SHOW TABLES IN default_catalog.weir_system"),
                    0)).contains("jobs");
        }
    }

    @Test
    void aSystemTableIsReadAlsoByItsFullName() throws Exception {
        try (Session session = SessionTesting.open(dataDir, 1)) {
            run(session, SINK);

            assertThat(select(session, "SELECT table_name FROM default_catalog.weir_system.tables"))
                    .extracting(r -> r.getString(0)).containsExactly("counts");
        }
    }
}
