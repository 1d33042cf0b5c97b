package io.weir.session;

import static io.weir.session.SessionTesting.column;
import static io.weir.session.SessionTesting.drain;
import static io.weir.session.SessionTesting.open;
import static io.weir.session.SessionTesting.rows;
import static io.weir.session.SessionTesting.run;
import static io.weir.session.SessionTesting.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.checkpoint.CatalogObject;
import io.weir.checkpoint.MetadataStore;
import io.weir.checkpoint.ObjectPath;
import io.weir.checkpoint.StoredOption;
import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogStatementsTest {
    private static final String NUMBERS = "CREATE TABLE numbers (\n"
            + "  id BIGINT NOT NULL,\n"
            + "  name STRING,\n"
            + "  doubled AS id * 2,\n"
            + "  PRIMARY KEY (id) NOT ENFORCED\n"
            + ") WITH (\n"
            + "  'number-of-rows' = '3',\n"
            + "  'connector' = 'datagen',\n"
            + "  'fields.id.kind' = 'sequence',\n"
            + "  'fields.id.start' = '1',\n"
            + "  'fields.id.end' = '3'\n"
            + ")";

    @TempDir
    Path dataDir;

    private static List<String> tableNames(Session session) {
        return column(table(session, "SHOW TABLES"), 0);
    }

    @Test
    void tablesAndViewsAreThereAfterTheSessionIsReopened() {
        try (Session session = open(dataDir, 1)) {
            run(session, NUMBERS);
            run(session, "CREATE VIEW big AS SELECT id, name FROM numbers WHERE id > 1");
        }
        try (Session session = open(dataDir, 1)) {
            assertThat(tableNames(session)).containsExactly("big", "numbers");
            assertThat(column(table(session, "SHOW VIEWS"), 0)).containsExactly("big");
        }
    }

    @Test
    void showCreateTableShowsTheStoredDdlAsWrittenAfterReopening() {
        try (Session session = open(dataDir, 1)) {
            run(session, NUMBERS);
        }
        try (Session session = open(dataDir, 1)) {
            assertThat(rows(table(session, "SHOW CREATE TABLE numbers"))).containsExactly(List.of(NUMBERS));
        }
    }

    @Test
    void optionsAreStoredInTheOrderWritten() {
        try (Session session = open(dataDir, 1)) {
            run(session, NUMBERS);
        }
        try (MetadataStore store = MetadataStore.open(dataDir)) {
            CatalogObject stored = store.catalog().get(new ObjectPath("default_catalog", "default_database", "numbers"))
                    .orElseThrow();
            assertThat(stored.options()).extracting(StoredOption::key).containsExactly("number-of-rows", "connector",
                    "fields.id.kind", "fields.id.start", "fields.id.end");
        }
    }

    @Test
    void aTableCreatedInAnEarlierSessionCanBeQueried() throws Exception {
        try (Session session = open(dataDir, 1)) {
            run(session, NUMBERS);
            run(session, "CREATE VIEW big AS SELECT id, doubled FROM numbers WHERE id > 1");
        }
        try (Session session = open(dataDir, 2)) {
            assertThat(drain(SessionTesting.changes(session, "SELECT id, doubled FROM big")))
                    .containsExactlyInAnyOrder("+I[2, 4]", "+I[3, 6]");
        }
    }

    @Test
    void aTableWithAnUnknownOptionIsNotStored() {
        try (Session session = open(dataDir, 1)) {
            assertThatThrownBy(() -> run(session, "CREATE TABLE bad (id BIGINT) WITH ('connector' = 'datagen', "
                    + "'number-of-rowz' = '3')"))
                    .isInstanceOfSatisfying(WeirException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_OPTION))
                    .hasMessageContaining("'number-of-rowz'");
            assertThat(tableNames(session)).isEmpty();
        }
        try (MetadataStore store = MetadataStore.open(dataDir)) {
            assertThat(store.catalog().list("default_catalog", "default_database")).isEmpty();
        }
    }

    @Test
    void droppingAMissingTableFailsAndDropsNothing() {
        try (Session session = open(dataDir, 1)) {
            run(session, NUMBERS);
            assertThatThrownBy(() -> run(session, "DROP TABLE numbrs"))
                    .isInstanceOfSatisfying(WeirException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_OBJECT))
                    .hasMessage("Unknown table 'numbrs'; did you mean 'numbers'?");
            assertThat(tableNames(session)).containsExactly("numbers");
        }
    }

    @Test
    void dropIfExistsOfAMissingTableIsSkipped() {
        try (Session session = open(dataDir, 1)) {
            assertThat(run(session, "DROP TABLE IF EXISTS nothing"))
                    .isEqualTo(new StatementResult.Message("Table 'nothing' does not exist, skipped"));
        }
    }

    @Test
    void aDroppedTableIsGoneAfterReopening() {
        try (Session session = open(dataDir, 1)) {
            run(session, NUMBERS);
            run(session, "DROP TABLE numbers");
        }
        try (Session session = open(dataDir, 1)) {
            assertThat(tableNames(session)).isEmpty();
        }
    }

    @Test
    void creatingATableTwiceFailsAndKeepsTheFirst() {
        try (Session session = open(dataDir, 1)) {
            run(session, NUMBERS);
            assertThatThrownBy(() -> run(session, "CREATE TABLE Numbers (x INT) WITH ('connector' = 'datagen')"))
                    .isInstanceOfSatisfying(WeirException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OBJECT_EXISTS))
                    .hasMessage("Table 'numbers' already exists");
            assertThat(rows(table(session, "SHOW CREATE TABLE numbers"))).containsExactly(List.of(NUMBERS));
        }
    }

    @Test
    void aViewOverAMissingTableIsNotStored() {
        try (Session session = open(dataDir, 1)) {
            assertThatThrownBy(() -> run(session, "CREATE VIEW broken AS SELECT id FROM nowhere"))
                    .isInstanceOf(WeirException.class).hasMessageContaining("nowhere");
            assertThat(tableNames(session)).isEmpty();
        }
    }

    @Test
    void dropTableOfAViewFailsAndKeepsTheView() {
        try (Session session = open(dataDir, 1)) {
            run(session, NUMBERS);
            run(session, "CREATE VIEW ids AS SELECT id FROM numbers");
            assertThatThrownBy(() -> run(session, "DROP TABLE ids"))
                    .isInstanceOfSatisfying(WeirException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR))
                    .hasMessage("'ids' is a view, not a table; use DROP VIEW");
            assertThat(tableNames(session)).containsExactly("ids", "numbers");
        }
    }

    @Test
    void aTemporaryViewVanishesWithItsSession() {
        try (Session session = open(dataDir, 1)) {
            run(session, NUMBERS);
            run(session, "CREATE TEMPORARY VIEW recent AS SELECT id FROM numbers");
            assertThat(tableNames(session)).containsExactly("numbers", "recent");
        }
        try (Session session = open(dataDir, 1)) {
            assertThat(tableNames(session)).containsExactly("numbers");
            assertThatThrownBy(() -> run(session, "DESCRIBE recent"))
                    .isInstanceOfSatisfying(WeirException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_OBJECT));
        }
    }

    @Test
    void describeShowsTypesNullabilityKeyComputedExpressionsAndWatermarkAsFlinkDoesAfterReopening() {
        try (Session session = open(dataDir, 1)) {
            run(session, "CREATE TABLE bids (\n"
                    + "  id BIGINT NOT NULL,\n"
                    + "  price DECIMAL(10, 2),\n"
                    + "  ts TIMESTAMP(3),\n"
                    + "  doubled AS id * 2,\n"
                    + "  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND,\n"
                    + "  PRIMARY KEY (id) NOT ENFORCED\n"
                    + ") WITH ('connector' = 'datagen')");
        }
        try (Session session = open(dataDir, 1)) {
            StatementResult.Table described = table(session, "DESCRIBE bids");
            assertThat(described.columns().names()).containsExactly("name", "type", "null", "key", "extras", "watermark");
            assertThat(rows(described)).containsExactly(
                    Arrays.asList("id", "BIGINT", "FALSE", "PRI(id)", null, null),
                    Arrays.asList("price", "DECIMAL(10, 2)", "TRUE", null, null, null),
                    Arrays.asList("ts", "TIMESTAMP(3) *ROWTIME*", "TRUE", null, null, "`ts` - INTERVAL '5' SECOND"),
                    Arrays.asList("doubled", "BIGINT", "FALSE", null, "AS `id` * 2", null));
        }
    }

    @Test
    void describeShowsACompositeKeyOnEachOfItsColumns() {
        try (Session session = open(dataDir, 1)) {
            run(session, "CREATE TABLE pairs (a INT, b INT, c INT, PRIMARY KEY (a, b) NOT ENFORCED) WITH ('connector' = 'blackhole')");
            StatementResult.Table described = table(session, "DESCRIBE pairs");
            assertThat(column(described, 3)).containsExactly("PRI(a, b)", "PRI(a, b)", null);
            // Flink makes primary key columns NOT NULL implicitly.
            assertThat(column(described, 2)).containsExactly("FALSE", "FALSE", "TRUE");
        }
    }

    @Test
    void describeAddsACommentColumnWhenAColumnHasAComment() {
        try (Session session = open(dataDir, 1)) {
            run(session, "CREATE TABLE notes (id INT COMMENT 'the key', body STRING) WITH ('connector' = 'blackhole')");
            StatementResult.Table described = table(session, "DESCRIBE notes");
            assertThat(described.columns().names()).endsWith("watermark", "comment");
            assertThat(column(described, 6)).containsExactly("the key", null);
        }
    }

    @Test
    void describeOfAViewListsItsColumns() {
        try (Session session = open(dataDir, 1)) {
            run(session, NUMBERS);
            run(session, "CREATE VIEW names AS SELECT id, UPPER(name) AS shout FROM numbers");
            assertThat(rows(table(session, "DESCRIBE names"))).containsExactly(
                    Arrays.asList("id", "BIGINT", "FALSE", null, null, null),
                    Arrays.asList("shout", "STRING", "TRUE", null, null, null));
        }
    }

    @Test
    void showViewsListsOnlyViewsIncludingTemporaryOnes() {
        try (Session session = open(dataDir, 1)) {
            run(session, NUMBERS);
            run(session, "CREATE VIEW stored_view AS SELECT id FROM numbers");
            run(session, "CREATE TEMPORARY VIEW temp_view AS SELECT id FROM numbers");
            assertThat(column(table(session, "SHOW VIEWS"), 0)).containsExactly("stored_view", "temp_view");
        }
    }
}
