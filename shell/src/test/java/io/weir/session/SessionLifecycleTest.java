package io.weir.session;

import static io.weir.session.SessionTesting.changes;
import static io.weir.session.SessionTesting.jobThreads;
import static io.weir.session.SessionTesting.open;
import static io.weir.session.SessionTesting.rows;
import static io.weir.session.SessionTesting.run;
import static io.weir.session.SessionTesting.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionLifecycleTest {
    private static final String ENDLESS = "CREATE TABLE endless (id BIGINT) WITH ('connector' = 'datagen', "
            + "'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '9000000000000')";

    @TempDir
    Path dataDir;

    @Test
    void aSecondSessionOnTheSameDataDirectoryFailsSayingItIsLocked() {
        try (Session first = open(dataDir, 1)) {
            assertThatThrownBy(() -> open(dataDir, 1))
                    .isInstanceOfSatisfying(WeirException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.DATA_DIRECTORY_LOCKED))
                    .hasMessageContaining(dataDir.toString());
            assertThat(first.tableNames()).isEmpty();
        }
    }

    @Test
    void aClosedSessionReleasesItsDataDirectoryEvenWithAJobRunning() {
        try (Session first = open(dataDir, 1)) {
            run(first, ENDLESS);
            run(first, "CREATE TABLE void (id BIGINT) WITH ('connector' = 'blackhole')");
            run(first, "INSERT INTO void SELECT id FROM endless");
        }
        try (Session second = open(dataDir, 1)) {
            assertThat(second.tableNames()).containsExactly("endless", "void");
        }
    }

    @Test
    void aClosedSessionExecutesNothing() {
        Session session = open(dataDir, 1);
        var statement = session.parse("SHOW TABLES").get(0);
        session.close();
        assertThatThrownBy(() -> session.execute(statement)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void setChangesAnOptionThatSetListsAmongTheDefaults() {
        try (Session session = open(dataDir, 4)) {
            assertThat(run(session, "SET 'pipeline.name' = 'nightly'"))
                    .isEqualTo(new StatementResult.Message("Option 'pipeline.name' set to 'nightly'"));
            List<List<String>> listed = rows(table(session, "SET"));
            assertThat(listed).contains(List.of("pipeline.name", "nightly"), List.of("parallelism.default", "4"),
                    List.of("table.dml-sync", "false"), List.of("table.local-time-zone", "Z"));
        }
    }

    @Test
    void resetOfOneKeyRestoresItsDefault() {
        try (Session session = open(dataDir, 4)) {
            run(session, "SET 'parallelism.default' = '2'");
            run(session, "SET 'table.dml-sync' = 'true'");
            run(session, "RESET 'parallelism.default'");
            assertThat(session.options()).containsEntry("parallelism.default", "4").containsEntry("table.dml-sync", "true");
        }
    }

    @Test
    void resetWithoutAKeyRestoresEveryDefault() {
        try (Session session = open(dataDir, 4)) {
            run(session, "SET 'parallelism.default' = '2'");
            run(session, "SET 'pipeline.name' = 'nightly'");
            run(session, "RESET");
            assertThat(session.options()).containsEntry("parallelism.default", "4").doesNotContainKey("pipeline.name");
        }
    }

    @Test
    void anInvalidSetChangesNothing() {
        try (Session session = open(dataDir, 4)) {
            assertThatThrownBy(() -> run(session, "SET 'parallelism.default' = 'many'"))
                    .isInstanceOfSatisfying(WeirException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_OPTION));
            assertThat(session.options()).containsEntry("parallelism.default", "4");
        }
    }

    @Test
    void optionsDoNotOutliveTheSession() {
        try (Session session = open(dataDir, 4)) {
            run(session, "SET 'parallelism.default' = '2'");
        }
        try (Session session = open(dataDir, 4)) {
            assertThat(session.options()).containsEntry("parallelism.default", "4");
        }
    }

    @Test
    void theNextQueryRunsWithTheParallelismSet() throws Exception {
        try (Session session = open(dataDir, 1)) {
            run(session, ENDLESS);
            run(session, "SET 'parallelism.default' = '3'");
            try (ChangeStream stream = changes(session, "SELECT id FROM endless WHERE id > 0").stream()) {
                assertThat(stream.next()).isTrue();
                Set<String> subtasks = new HashSet<>();
                for (Thread thread : jobThreads(stream.jobId())) {
                    subtasks.add(thread.getName());
                }
                String source = "weir-" + stream.jobId() + "-Source: datagen[endless]-";
                assertThat(subtasks).filteredOn(name -> name.startsWith(source))
                        .containsExactlyInAnyOrder(source + "0", source + "1", source + "2");
            }
        }
    }

    @Test
    void explainShowsTheParallelismSet() {
        try (Session session = open(dataDir, 1)) {
            run(session, ENDLESS);
            run(session, "SET 'parallelism.default' = '3'");
            String plan = rows(table(session, "EXPLAIN SELECT id FROM endless")).get(0).get(0);
            assertThat(plan).contains("Source: ").contains("(parallelism=3)");
        }
    }

    @Test
    void statementsOfAScriptRunOneAfterAnother() {
        try (Session session = open(dataDir, 1)) {
            for (var statement : session.parse("CREATE TABLE first_table (x INT) WITH ('connector' = 'blackhole');\n"
                    + "CREATE VIEW second_view AS SELECT x FROM first_table;\nDROP VIEW second_view;")) {
                session.execute(statement);
            }
            assertThat(session.tableNames()).containsExactly("first_table");
            assertThat(session.columnNames("first_table")).containsExactly("x");
        }
    }
}
