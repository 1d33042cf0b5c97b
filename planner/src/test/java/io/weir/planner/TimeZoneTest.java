package io.weir.planner;

import static io.weir.planner.TestCatalog.column;
import static io.weir.planner.TestCatalog.memory;
import static io.weir.planner.TestCatalog.query;
import static io.weir.planner.TestCatalog.table;
import static io.weir.planner.TestCatalog.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.TypeRoot;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Functions of the session time zone read 'table.local-time-zone', not the JVM's zone. */
class TimeZoneTest {
    private static final long NOON_UTC = LocalDateTime.of(2026, 1, 2, 12, 0).toEpochSecond(ZoneOffset.UTC);
    private static TestCatalog catalog;

    @BeforeAll
    static void tables() {
        MemoryConnector.ROWS.put("zones", List.of(Row.of(NOON_UTC, NOON_UTC * 1000, "2026-01-02 12:00:00")));
        catalog = new TestCatalog().add(table("t", memory("zones"), column("secs", type("BIGINT")),
                column("ltz", type("TIMESTAMP_LTZ", 3)), column("text", type("STRING"))));
    }

    private static Row first(String sql, String zone) throws Exception {
        PlannerOptions options = new PlannerOptions(1, Map.of(PlannerOptions.LOCAL_TIME_ZONE, zone));
        List<Row> rows = DataflowRunner.collect(Planner.create(catalog).planQuery(query(sql), options));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void fromUnixtimeFormatsInTheSessionZone() throws Exception {
        assertThat(first("SELECT FROM_UNIXTIME(secs) FROM t", "Asia/Tokyo").getString(0)).isEqualTo("2026-01-02 21:00:00");
        assertThat(first("SELECT FROM_UNIXTIME(secs) FROM t", "UTC").getString(0)).isEqualTo("2026-01-02 12:00:00");
    }

    @Test
    void aConstantFromUnixtimeIsFoldedInTheSessionZone() throws Exception {
        assertThat(first("SELECT FROM_UNIXTIME(" + NOON_UTC + ")", "America/New_York").getString(0))
                .isEqualTo("2026-01-02 07:00:00");
    }

    @Test
    void unixTimestampReadsTheTextInTheSessionZone() throws Exception {
        assertThat(first("SELECT UNIX_TIMESTAMP(text) FROM t", "Asia/Tokyo").getLong(0)).isEqualTo(NOON_UTC - 9 * 3600);
    }

    @Test
    void castOfATimestampLtzToATimestampShowsTheSessionZonesLocalTime() throws Exception {
        assertThat(first("SELECT CAST(CAST(ltz AS TIMESTAMP(3)) AS STRING) FROM t", "Asia/Tokyo").getString(0))
                .isEqualTo("2026-01-02 21:00:00");
    }

    @Test
    void castOfATimestampToATimestampLtzReadsItInTheSessionZone() throws Exception {
        assertThat(first("SELECT CAST(TIMESTAMP '2026-01-02 21:00:00' AS TIMESTAMP_LTZ(3)) FROM t", "Asia/Tokyo")
                .getLong(0)).isEqualTo(NOON_UTC * 1000);
    }

    @Test
    void currentTimestampIsATimestampLtzOfNow() throws Exception {
        DataType type = Planner.create(catalog).planQuery(query("SELECT CURRENT_TIMESTAMP, NOW() FROM t"),
                new PlannerOptions(1, Map.of())).resultType().fields().get(0).type();
        assertThat(type.root()).isEqualTo(TypeRoot.TIMESTAMP_LTZ);
        assertThat(type.precision()).isEqualTo(3);
        long before = System.currentTimeMillis();
        Row row = first("SELECT CURRENT_TIMESTAMP, NOW() FROM t", "Asia/Tokyo");
        assertThat(row.getLong(0)).isBetween(before, System.currentTimeMillis());
        assertThat(row.getLong(1)).isBetween(before, System.currentTimeMillis());
    }

    @Test
    void anUnknownZoneIsRejected() {
        assertThatThrownBy(() -> first("SELECT FROM_UNIXTIME(secs) FROM t", "Mars/Olympus"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Invalid time zone 'Mars/Olympus'");
    }
}
