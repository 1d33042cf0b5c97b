package io.weir.session;

import static io.weir.session.SessionTesting.await;
import static io.weir.session.SessionTesting.insert;
import static io.weir.session.SessionTesting.open;
import static io.weir.session.SessionTesting.rows;
import static io.weir.session.SessionTesting.run;
import static io.weir.session.SessionTesting.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import io.weir.runtime.job.Job;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restores from a checkpoint the user picks by its id, SHOW CHECKPOINTS, and EXPLAIN's account of what an INSERT
 * would restore, on real checkpointed jobs.
 */
class RestoreFromCheckpointTest {
    private static final String IDS = "CREATE TABLE ids (id BIGINT, k AS id % 10) WITH ('connector' = 'datagen', "
            + "'rows-per-second' = '2000', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', "
            + "'fields.id.end' = '9000000000000')";
    private static final String COUNTS = "CREATE TABLE counts (k BIGINT, n BIGINT) WITH ('connector' = 'blackhole')";
    private static final String COUNT_PER_KEY = "INSERT INTO counts SELECT k, COUNT(*) FROM ids GROUP BY k";
    private static final String SUM_PER_KEY = "INSERT INTO counts SELECT k, SUM(id) FROM ids GROUP BY k";

    @TempDir
    Path dataDir;

    /**
     * Runs the count per key with checkpoints every 100 ms until it has retained two, stops it, and returns its id.
     */
    private static String checkpointedJob(Session session) {
        run(session, IDS);
        run(session, COUNTS);
        run(session, "SET 'execution.checkpointing.interval' = '100 ms'");
        run(session, "SET 'execution.checkpointing.num-retained' = '3'");
        String jobId = insert(session, COUNT_PER_KEY).jobId();
        await("two checkpoints retained", () -> checkpointIds(session, jobId).size() >= 2);
        run(session, "STOP JOB '" + jobId + "'");
        return jobId;
    }

    private static List<String> checkpointIds(Session session, String jobId) {
        return rows(table(session, "SHOW CHECKPOINTS '" + jobId + "'")).stream().map(r -> r.get(0)).toList();
    }

    private static String explain(Session session, String insert) {
        return rows(table(session, "EXPLAIN " + insert)).get(0).get(0);
    }

    @Test
    void showCheckpointsListsAJobsRetainedCheckpointsWithTheRecoveryPathThatNamesEach() {
        try (Session session = open(dataDir, 1)) {
            String jobId = checkpointedJob(session);

            List<List<String>> rows = rows(table(session, "SHOW CHECKPOINTS '" + jobId + "'"));

            assertThat(rows).isNotEmpty().allSatisfy(r -> {
                assertThat(r.get(1)).isEqualTo("CHECKPOINT");
                assertThat(r.get(2)).isEqualTo(jobId + ":" + r.get(0));
            });
        }
    }

    @Test
    void anInsertStartsFromTheCheckpointTheRecoveryPathNamesById() {
        try (Session session = open(dataDir, 1)) {
            String jobId = checkpointedJob(session);
            long oldest = Long.parseLong(checkpointIds(session, jobId).get(0));
            run(session, "SET 'execution.state-recovery.path' = '" + jobId + ":" + oldest + "'");

            String restoredId = insert(session, COUNT_PER_KEY).jobId();

            Job restored = session.jobs().stream().filter(j -> j.id().equals(restoredId)).findFirst().orElseThrow();
            assertThat(restored.options().restoreFrom().jobId()).isEqualTo(jobId);
            assertThat(restored.options().restoreFrom().checkpointId()).isEqualTo(oldest);
        }
    }

    @Test
    void aCheckpointIdTheJobDoesNotRetainFailsTheInsertListingTheRetainedOnes() {
        try (Session session = open(dataDir, 1)) {
            String jobId = checkpointedJob(session);
            String retained = String.join(", ", checkpointIds(session, jobId));
            run(session, "SET 'execution.state-recovery.path' = '" + jobId + ":999999'");

            assertThatThrownBy(() -> run(session, COUNT_PER_KEY))
                    .isInstanceOfSatisfying(WeirException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_OBJECT))
                    .hasMessage("Job '" + jobId + "' has no retained checkpoint 999999 named by "
                            + "'execution.state-recovery.path'; it retains " + retained + " (SHOW CHECKPOINTS '"
                            + jobId + "' lists them)");
        }
    }

    @Test
    void explainingTheSameInsertShowsEveryStatefulOperatorRestored() {
        try (Session session = open(dataDir, 1)) {
            String jobId = checkpointedJob(session);
            run(session, "SET 'execution.state-recovery.path' = '" + jobId + ":"
                    + checkpointIds(session, jobId).get(0) + "'");

            String plan = explain(session, COUNT_PER_KEY);

            String section = plan.substring(plan.indexOf(RestoreCheck.TITLE));
            assertThat(section).contains("restored from '").doesNotContain("new (empty state").doesNotContain(
                    "unclaimed:").endsWith("every state of the checkpoint is claimed");
            // The source's positions and the aggregate's state.
            assertThat(section.lines().filter(l -> l.contains(": restored from '"))).hasSize(2);
        }
    }

    @Test
    void explainingAChangedAggregateShowsItNewAndTheOldStateUnclaimedAndThatTheInsertWouldFail() {
        try (Session session = open(dataDir, 1)) {
            String jobId = checkpointedJob(session);
            run(session, "SET 'execution.state-recovery.path' = '" + jobId + ":"
                    + checkpointIds(session, jobId).get(0) + "'");

            String section = explain(session, SUM_PER_KEY);

            assertThat(section.lines().filter(l -> l.contains(": restored from '"))).as("the source").hasSize(1);
            assertThat(section.lines().filter(l -> l.contains(": new (empty state; uid "))).hasSize(1);
            assertThat(section.lines().filter(l -> l.startsWith("unclaimed: "))).hasSize(1);
            assertThat(section).endsWith("'execution.state-recovery.ignore-unclaimed-state' is false: this INSERT "
                    + "would fail; set it to 'true' to drop the unclaimed state");
        }
    }

    @Test
    void explainingAnInsertStartsNoJob() {
        try (Session session = open(dataDir, 1)) {
            String jobId = checkpointedJob(session);
            run(session, "SET 'execution.state-recovery.path' = '" + jobId + ":"
                    + checkpointIds(session, jobId).get(0) + "'");

            explain(session, SUM_PER_KEY);

            assertThat(session.jobs()).hasSize(1);
        }
    }
}
