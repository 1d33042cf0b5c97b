package io.weir.parser;

import static io.weir.parser.Parsing.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.weir.parser.statement.CreateView;
import io.weir.parser.statement.Describe;
import io.weir.parser.statement.DropTable;
import io.weir.parser.statement.DropView;
import io.weir.parser.statement.Explain;
import io.weir.parser.statement.Insert;
import io.weir.parser.statement.Query;
import io.weir.parser.statement.ResetOption;
import io.weir.parser.statement.SetOption;
import io.weir.parser.statement.ShowCreateTable;
import io.weir.parser.statement.ShowJobs;
import io.weir.parser.statement.ShowOptions;
import io.weir.parser.statement.ShowTables;
import io.weir.parser.statement.ShowViews;
import io.weir.parser.statement.ShowCheckpoints;
import io.weir.parser.statement.ShowSavepoints;
import io.weir.parser.statement.StopJob;
import io.weir.parser.statement.TakeSavepoint;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlSelect;
import org.junit.jupiter.api.Test;

class StatementKindsTest {
    @Test
    void createViewKeepsItsQueryAndColumnNames() {
        CreateView view = single("CREATE VIEW v (x, y) AS SELECT a, b FROM t", CreateView.class);
        assertThat(view.name()).isEqualTo(ObjectName.of("v"));
        assertThat(view.columnNames()).containsExactly("x", "y");
        assertThat(view.queryText()).isEqualTo("SELECT a, b FROM t");
        assertThat(view.query().getKind()).isEqualTo(SqlKind.SELECT);
        assertThat(view.temporary()).isFalse();
        assertThat(view.ifNotExists()).isFalse();
    }

    @Test
    void createTemporaryViewIfNotExistsSetsBothFlags() {
        CreateView view = single("create temporary view if not exists v as values (1)", CreateView.class);
        assertThat(view.temporary()).isTrue();
        assertThat(view.ifNotExists()).isTrue();
        assertThat(view.columnNames()).isEmpty();
    }

    @Test
    void dropTableIfExistsTakesAQualifiedName() {
        DropTable drop = single("DROP TABLE IF EXISTS cat.db.t", DropTable.class);
        assertThat(drop.name()).isEqualTo(ObjectName.of("cat", "db", "t"));
        assertThat(drop.ifExists()).isTrue();
    }

    @Test
    void dropTemporaryViewIsADropView() {
        DropView drop = single("DROP TEMPORARY VIEW v", DropView.class);
        assertThat(drop.name()).isEqualTo(ObjectName.of("v"));
        assertThat(drop.ifExists()).isFalse();
    }

    @Test
    void showTablesViewsAndJobsAreRecognised() {
        single("SHOW TABLES", ShowTables.class);
        single("show views", ShowViews.class);
        single("SHOW JOBS", ShowJobs.class);
    }

    @Test
    void showCreateTableAndViewBothGiveShowCreateTable() {
        assertThat(single("SHOW CREATE TABLE t", ShowCreateTable.class).name()).isEqualTo(ObjectName.of("t"));
        assertThat(single("SHOW CREATE VIEW db.v", ShowCreateTable.class).name()).isEqualTo(ObjectName.of("db", "v"));
    }

    @Test
    void describeAndDescNameATable() {
        assertThat(single("DESCRIBE t", Describe.class).name()).isEqualTo(ObjectName.of("t"));
        assertThat(single("DESC `My Table`", Describe.class).name()).isEqualTo(ObjectName.of("My Table"));
    }

    @Test
    void setTakesAQuotedKeyAndValue() {
        SetOption set = single("SET 'table.dml-sync' = 'true'", SetOption.class);
        assertThat(set.key()).isEqualTo("table.dml-sync");
        assertThat(set.value()).isEqualTo("true");
    }

    @Test
    void setAloneListsTheOptions() {
        single("SET", ShowOptions.class);
    }

    @Test
    void resetTakesAnOptionalKey() {
        assertThat(single("RESET 'a.b'", ResetOption.class).key()).isEqualTo("a.b");
        assertThat(single("RESET", ResetOption.class).key()).isNull();
    }

    @Test
    void explainWrapsAQuery() {
        Explain explain = single("EXPLAIN SELECT 1", Explain.class);
        assertThat(explain.explained()).isInstanceOf(Query.class);
        assertThat(explain.explained().text()).isEqualTo("SELECT 1");
    }

    @Test
    void explainPlanForWrapsAnInsert() {
        Explain explain = single("EXPLAIN PLAN FOR INSERT INTO t SELECT 1", Explain.class);
        assertThat(explain.explained()).isInstanceOf(Insert.class);
        assertThat(((Insert) explain.explained()).target()).isEqualTo(ObjectName.of("t"));
    }

    @Test
    void insertIntoKeepsTargetColumnsAndQuery() {
        Insert insert = single("INSERT INTO db.t (a, b) SELECT x, y FROM s", Insert.class);
        assertThat(insert.target()).isEqualTo(ObjectName.of("db", "t"));
        assertThat(insert.columnNames()).containsExactly("a", "b");
        assertThat(insert.overwrite()).isFalse();
        assertThat(insert.query()).isInstanceOf(SqlSelect.class);
    }

    @Test
    void insertOverwriteTableIsAnOverwrite() {
        Insert insert = single("INSERT OVERWRITE TABLE t VALUES (1, 'a')", Insert.class);
        assertThat(insert.overwrite()).isTrue();
        assertThat(insert.columnNames()).isEmpty();
        assertThat(insert.query().getKind()).isEqualTo(SqlKind.VALUES);
    }

    @Test
    void insertMayTakeAParenthesisedQuery() {
        Insert insert = single("INSERT INTO t (SELECT a FROM s)", Insert.class);
        assertThat(insert.columnNames()).isEmpty();
        assertThat(insert.query()).isInstanceOf(SqlSelect.class);
    }

    @Test
    void queriesOfEveryShapeAreQueries() {
        single("WITH w AS (SELECT 1 AS a) SELECT a FROM w", Query.class);
        single("VALUES (1), (2)", Query.class);
        single("(SELECT 1) UNION ALL (SELECT 2)", Query.class);
        single("SELECT a FROM t INTERSECT SELECT a FROM u", Query.class);
        single("SELECT a FROM t EXCEPT SELECT a FROM u", Query.class);
        single("SELECT a FROM t ORDER BY a DESC LIMIT 10", Query.class);
        single("SELECT a FROM t FETCH FIRST 3 ROWS ONLY", Query.class);
    }

    @Test
    void flinkOperatorsAreAccepted() {
        single("SELECT a % 2, a != b FROM t", Query.class);
    }

    @Test
    void stopJobTakesAnIdAndOptions() {
        StopJob stop = single("STOP JOB 'abc-1' WITH SAVEPOINT WITH DRAIN", StopJob.class);
        assertThat(stop.jobId()).isEqualTo("abc-1");
        assertThat(stop.withSavepoint()).isTrue();
        assertThat(stop.withDrain()).isTrue();
    }

    @Test
    void stopJobWithoutOptionsNeitherSavesNorDrains() {
        StopJob stop = single("stop job 'abc'", StopJob.class);
        assertThat(stop.withSavepoint()).isFalse();
        assertThat(stop.withDrain()).isFalse();
    }

    @Test
    void savepointTakesAJobId() {
        assertThat(single("SAVEPOINT 'abc-1'", TakeSavepoint.class).jobId()).isEqualTo("abc-1");
    }

    @Test
    void showSavepointsIsAStatementOfItsOwn() {
        single("show savepoints", ShowSavepoints.class);
    }

    @Test
    void showCheckpointsTakesAJobId() {
        assertThat(single("SHOW CHECKPOINTS 'abc-1'", ShowCheckpoints.class).jobId()).isEqualTo("abc-1");
    }

    @Test
    void backQuotedNamesKeepTheirCaseAndEscapedQuotes() {
        Describe describe = single("DESCRIBE `My``Db`.`Tab Le`", Describe.class);
        assertThat(describe.name().parts()).containsExactly("My`Db", "Tab Le");
    }

    @Test
    void queryIdentifiersKeepTheirCase() {
        Query query = single("SELECT `MixedCase`, lowerUpper FROM T", Query.class);
        SqlSelect select = (SqlSelect) query.query();
        assertThat(((SqlIdentifier) select.getSelectList().get(0)).getSimple()).isEqualTo("MixedCase");
        assertThat(((SqlIdentifier) select.getSelectList().get(1)).getSimple()).isEqualTo("lowerUpper");
    }

    @Test
    void keywordsAreCaseInsensitive() {
        single("sHoW tAbLeS", ShowTables.class);
    }

    @Test
    void keywordsForCompletionHoldStatementAndSqlKeywordsSortedInUpperCase() {
        assertThat(ScriptParser.keywords()).contains("CREATE", "WATERMARK", "SELECT", "FROM", "JOIN", "STOP")
                .isSorted().doesNotHaveDuplicates().allMatch(k -> k.equals(k.toUpperCase()));
    }
}
