package io.weir.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.session.Session;
import io.weir.session.SessionConfig;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tab completion against a real session's catalog. */
class SqlCompleterTest {
    @TempDir
    Path dataDir;
    private Session session;

    @BeforeEach
    void openSession() {
        session = Session.open(new SessionConfig(dataDir, 1, ZoneOffset.UTC));
        for (var statement : session.parse(
                "CREATE TABLE clicks (id BIGINT, user_name STRING) WITH ('connector' = 'blackhole');"
                        + "CREATE TABLE orders (order_id BIGINT, price INT) WITH ('connector' = 'blackhole')")) {
            session.execute(statement);
        }
    }

    @AfterEach
    void closeSession() {
        session.close();
    }

    private List<String> complete(String buffer) {
        ParsedLine line = new DefaultParser().parse(buffer, buffer.length());
        List<Candidate> candidates = new ArrayList<>();
        new SqlCompleter(session, List.of("SELECT", "FROM")).complete(null, line, candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void offersKeywordsAndTableNames() {
        assertThat(complete("SEL")).contains("SELECT", "clicks", "orders");
    }

    @Test
    void offersOnlyTheColumnsOfTheTablesTheStatementNames() {
        assertThat(complete("SELECT id FROM clicks WHERE us")).contains("user_name", "id").doesNotContain("order_id");
    }

    @Test
    void offersTheColumnsOfEveryTableBeforeAnyIsNamed() {
        assertThat(complete("SELECT us")).contains("user_name", "order_id", "price");
    }
}
