package io.weir.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import io.weir.runtime.job.JobStatus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataStoreTest {
    private static final Instant CREATED = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path dir;

    private static ObjectPath path(String name) {
        return new ObjectPath("default_catalog", "default_database", name);
    }

    private static CatalogObject table(String name) {
        return new CatalogObject(path(name), ObjectKind.TABLE,
                "CREATE TABLE " + name + " (id INT NOT NULL, price DECIMAL(10, 2), doubled AS price * 2) WITH ('connector' = 'datagen')",
                Optional.of("orders of the day"), CREATED,
                List.of(new StoredColumn(0, "id", "INT NOT NULL", false, Optional.empty(), Optional.empty()),
                        new StoredColumn(1, "price", "DECIMAL(10, 2)", true, Optional.empty(), Optional.of("in euro")),
                        new StoredColumn(2, "doubled", "DECIMAL(21, 2)", true, Optional.of("price * 2"), Optional.empty())),
                List.of(new StoredOption("connector", "datagen"), new StoredOption("number-of-rows", "10")), Optional.empty());
    }

    private static CatalogObject view(String name) {
        return new CatalogObject(path(name), ObjectKind.VIEW, "CREATE VIEW " + name + " AS SELECT 1 AS one", Optional.empty(),
                CREATED, List.of(new StoredColumn(0, "one", "INT NOT NULL", false, Optional.empty(), Optional.empty())),
                List.of(), Optional.of("SELECT 1 AS one"));
    }

    @Test
    void aNewDataDirectoryGetsTheDatabaseAtTheLatestSchemaVersion() {
        Path dataDir = dir.resolve("fresh");
        try (MetadataStore store = MetadataStore.open(dataDir)) {
            assertThat(store.schemaVersion()).isEqualTo(6);
        }
        assertThat(dataDir.resolve("metadata.mv.db")).exists();
        assertThat(dataDir.resolve("weir.lock")).exists();
    }

    @Test
    void reopeningADirectoryAtTheSameVersionKeepsItsVersion() {
        MetadataStore.open(dir).close();
        try (MetadataStore store = MetadataStore.open(dir)) {
            assertThat(store.schemaVersion()).isEqualTo(6);
        }
    }

    @Test
    void aTableCreatedInOneOpeningIsThereInTheNext() {
        try (MetadataStore store = MetadataStore.open(dir)) {
            store.catalog().create(table("orders"));
        }
        try (MetadataStore store = MetadataStore.open(dir)) {
            assertThat(store.catalog().get(path("orders"))).contains(table("orders"));
        }
    }

    @Test
    void aViewKeepsItsQueryText() {
        try (MetadataStore store = MetadataStore.open(dir)) {
            store.catalog().create(view("v"));
            assertThat(store.catalog().get(path("V")).flatMap(CatalogObject::viewQuery)).contains("SELECT 1 AS one");
        }
    }

    @Test
    void namesAreFoundCaseInsensitivelyButKeepTheirWrittenCase() {
        try (MetadataStore store = MetadataStore.open(dir)) {
            store.catalog().create(table("Orders"));
            assertThat(store.catalog().get(path("ORDERS")).map(CatalogObject::name)).contains("Orders");
        }
    }

    @Test
    void creatingANameThatDiffersOnlyInCaseFailsWithObjectExists() {
        try (MetadataStore store = MetadataStore.open(dir)) {
            store.catalog().create(table("orders"));
            assertThatThrownBy(() -> store.catalog().create(view("ORDERS")))
                    .isInstanceOfSatisfying(WeirException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OBJECT_EXISTS))
                    .hasMessage("Table 'orders' already exists");
        }
    }

    @Test
    void aCreateThatFailsHalfwayLeavesNothingBehind() {
        CatalogObject good = table("broken");
        CatalogObject clashingColumns = new CatalogObject(good.path(), good.kind(), good.ddl(), good.comment(), CREATED,
                List.of(good.columns().get(0), good.columns().get(0)), good.options(), Optional.empty());
        try (MetadataStore store = MetadataStore.open(dir)) {
            assertThatThrownBy(() -> store.catalog().create(clashingColumns)).isInstanceOf(WeirException.class);
            assertThat(store.catalog().get(path("broken"))).isEmpty();
            store.catalog().create(good);
            assertThat(store.catalog().get(path("broken"))).contains(good);
        }
    }

    @Test
    void listReturnsObjectsSortedByName() {
        try (MetadataStore store = MetadataStore.open(dir)) {
            store.catalog().create(table("zebra"));
            store.catalog().create(view("Apple"));
            store.catalog().create(table("mango"));
            assertThat(store.catalog().list("default_catalog", "default_database")).extracting(CatalogObject::name)
                    .containsExactly("Apple", "mango", "zebra");
        }
    }

    @Test
    void dropRemovesTheObjectAndReturnsIt() {
        try (MetadataStore store = MetadataStore.open(dir)) {
            store.catalog().create(table("orders"));
            assertThat(store.catalog().drop(path("ORDERS"))).contains(table("orders"));
            assertThat(store.catalog().get(path("orders"))).isEmpty();
            assertThat(store.catalog().drop(path("orders"))).isEmpty();
        }
    }

    @Test
    void aJobIsRecordedAndItsEndIsStored() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant end = start.plusSeconds(3);
        String id = "0123456789abcdef0123456789abcdef";
        try (MetadataStore store = MetadataStore.open(dir)) {
            store.jobs().record(new JobRecord(id, "insert-into_t", "INSERT INTO t SELECT 1", JobStatus.RUNNING, start,
                    Optional.empty(), Optional.empty()));
            store.jobs().updateStatus(id, JobStatus.FAILED, Optional.of(end), Optional.of("Division by zero"));
        }
        try (MetadataStore store = MetadataStore.open(dir)) {
            assertThat(store.jobs().list()).containsExactly(new JobRecord(id, "insert-into_t", "INSERT INTO t SELECT 1",
                    JobStatus.FAILED, start, Optional.of(end), Optional.of("Division by zero")));
        }
    }

    @Test
    void aJobsTemporaryDefinitionsAreKeptInTheirOrderSoItCanBePlannedAgainInAnotherSession() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String id = "00112233445566778899aabbccddeeff";
        List<String> definitions = List.of("CREATE TEMPORARY VIEW z AS SELECT * FROM t",
                "CREATE TEMPORARY VIEW a AS SELECT * FROM z", "CREATE TEMPORARY VIEW m AS SELECT * FROM a, z");
        try (MetadataStore store = MetadataStore.open(dir)) {
            store.jobs().record(new JobRecord(id, "insert-into_u", "INSERT INTO u SELECT * FROM m", JobStatus.RUNNING,
                    start, Optional.empty(), Optional.empty(), Map.of(), definitions));
        }
        try (MetadataStore store = MetadataStore.open(dir)) {
            assertThat(store.jobs().get(id)).get().extracting(JobRecord::temporaryDefinitions).isEqualTo(definitions);
            assertThat(store.jobs().list()).singleElement().extracting(JobRecord::temporaryDefinitions)
                    .isEqualTo(definitions);
        }
    }

    @Test
    void aJobsOptionsAreKeptWithItSoItCanBePlannedAgain() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String id = "fedcba9876543210fedcba9876543210";
        Map<String, String> options = Map.of("parallelism.default", "2", "execution.checkpointing.interval", "1 s");
        try (MetadataStore store = MetadataStore.open(dir)) {
            store.jobs().record(new JobRecord(id, "insert-into_t", "INSERT INTO t SELECT 1", JobStatus.RUNNING, start,
                    Optional.empty(), Optional.empty(), options));
        }
        try (MetadataStore store = MetadataStore.open(dir)) {
            assertThat(store.jobs().get(id)).get().extracting(JobRecord::options).isEqualTo(options);
            assertThat(store.jobs().list()).singleElement().extracting(JobRecord::options).isEqualTo(options);
        }
    }

    @Test
    void aSecondOpenInTheSameProcessFailsNamingTheHolder() {
        try (MetadataStore store = MetadataStore.open(dir)) {
            assertThatThrownBy(() -> MetadataStore.open(dir))
                    .isInstanceOfSatisfying(WeirException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.DATA_DIRECTORY_LOCKED))
                    .hasMessageStartingWith("Data directory '" + dir.toAbsolutePath() + "' is in use by process "
                            + ProcessHandle.current().pid() + " on host ")
                    .hasMessageEndingWith("; stop it or use another --data-dir");
        }
    }

    @Test
    void theDirectoryCanBeOpenedAgainAfterAFailedSecondOpen() {
        MetadataStore first = MetadataStore.open(dir);
        assertThatThrownBy(() -> MetadataStore.open(dir)).isInstanceOf(WeirException.class);
        first.close();
        MetadataStore.open(dir).close();
    }

    @Test
    void aDirectoryHeldByAnotherProcessFailsWithItsPid() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldDataDirectory.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).isEqualTo("open " + child.pid());
            assertThatThrownBy(() -> MetadataStore.open(dir))
                    .isInstanceOfSatisfying(WeirException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.DATA_DIRECTORY_LOCKED))
                    .hasMessageContaining("Data directory '" + dir.toAbsolutePath() + "' is in use by process " + child.pid());
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aDirectoryWrittenByANewerVersionIsRefused() {
        try (MetadataStore store = MetadataStore.open(dir)) {
            store.catalog().create(table("orders"));
        }
        org.jdbi.v3.core.Jdbi.create("jdbc:h2:file:" + dir.toAbsolutePath().resolve("metadata"))
                .useHandle(h -> h.execute("INSERT INTO schema_version VALUES (7, 'V7__future.sql', CURRENT_TIMESTAMP)"));
        assertThatThrownBy(() -> MetadataStore.open(dir))
                .isInstanceOfSatisfying(WeirException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED))
                .hasMessageContaining("metadata schema version 7, this version knows up to 6");
        assertThatThrownBy(() -> MetadataStore.open(dir))
                .isInstanceOfSatisfying(WeirException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED));
    }
}
