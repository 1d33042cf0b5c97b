package io.weir.connector.datagen;

import static io.weir.connector.CollectingOutput.context;
import static io.weir.connector.CollectingOutput.drain;
import static io.weir.connector.CollectingOutput.drainAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.WeirException;
import io.weir.runtime.connector.ConnectorContext;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.source.FilterableSource;
import io.weir.runtime.source.ReadStatus;
import io.weir.runtime.source.Source;
import io.weir.runtime.source.SourceContext;
import io.weir.runtime.source.SourceReader;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataGenSourceTest {
    private static final RowType ID_NAME = RowType.of(List.of("id", "name"),
            List.of(DataType.of(TypeRoot.BIGINT), DataType.string()));

    private static Source source(RowType type, Map<String, String> options) {
        return new DataGenFactory().createSource(context(type, withConnector(options)));
    }

    private static Map<String, String> withConnector(Map<String, String> options) {
        Map<String, String> all = new HashMap<>(options);
        all.put("connector", "datagen");
        all.putIfAbsent("rows-per-second", "1000000000000");
        return all;
    }

    private static List<Long> longs(List<Row> rows, int field) {
        List<Long> values = new ArrayList<>();
        for (Row row : rows) {
            values.add(row.getLong(field));
        }
        return values;
    }

    @Test
    void sequenceSplitOverTwoSubtasksCoversEachValueOnce() throws Exception {
        Source source = source(ID_NAME, Map.of("fields.id.kind", "sequence", "fields.id.start", "1",
                "fields.id.end", "2501"));
        assertThat(source.isBounded()).isTrue();
        List<List<Row>> rows = drainAll(source, 2);
        List<Long> all = new ArrayList<>(longs(rows.get(0), 0));
        all.addAll(longs(rows.get(1), 0));
        assertThat(rows.get(0)).isNotEmpty();
        assertThat(rows.get(1)).isNotEmpty();
        assertThat(all).hasSize(2501).doesNotHaveDuplicates().allMatch(v -> v >= 1 && v <= 2501);
    }

    @Test
    void numberOfRowsIsSharedBetweenSubtasks() throws Exception {
        List<List<Row>> rows = drainAll(source(ID_NAME, Map.of("number-of-rows", "1001")), 3);
        assertThat(rows).extracting(List::size).containsExactly(334, 334, 333);
    }

    @Test
    void withoutRowCountOrSequenceTheSourceIsUnbounded() {
        assertThat(source(ID_NAME, Map.of()).isBounded()).isFalse();
    }

    @Test
    void theShorterOfSequenceAndNumberOfRowsEndsTheSource() throws Exception {
        Source source = source(ID_NAME, Map.of("fields.id.kind", "sequence", "fields.id.start", "0",
                "fields.id.end", "99", "number-of-rows", "10"));
        assertThat(longs(drainAll(source, 1).get(0), 0)).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    }

    @Test
    void nullRateOfOneMakesEveryValueNull() throws Exception {
        List<Row> rows = drainAll(source(ID_NAME, Map.of("number-of-rows", "50", "fields.name.null-rate", "1.0")), 1)
                .get(0);
        assertThat(rows).hasSize(50).allMatch(row -> row.isNullAt(1) && !row.isNullAt(0));
    }

    @Test
    void randomValuesStayWithinMinAndMax() throws Exception {
        RowType type = RowType.of(List.of("i", "d", "m"),
                List.of(DataType.of(TypeRoot.INTEGER), DataType.of(TypeRoot.DOUBLE), DataType.decimal(6, 2)));
        List<Row> rows = drainAll(source(type, Map.of("number-of-rows", "2000", "fields.i.min", "-3",
                "fields.i.max", "3", "fields.d.min", "0.5", "fields.d.max", "1.5", "fields.m.min", "10",
                "fields.m.max", "20")), 1).get(0);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.getLong(0)).isBetween(-3L, 3L);
            assertThat(row.getDouble(1)).isBetween(0.5, 1.5);
            assertThat((BigDecimal) row.getObject(2)).isBetween(new BigDecimal("10.00"), new BigDecimal("20.00"))
                    .satisfies(d -> assertThat(d.scale()).isEqualTo(2));
        });
        assertThat(rows).extracting(row -> row.getLong(0)).contains(-3L, 3L);
    }

    @Test
    void randomLongsCoverTheWholeRangeUpToTheLargestValue() throws Exception {
        RowType type = RowType.of(List.of("b"), List.of(DataType.of(TypeRoot.BIGINT)));
        List<Row> rows = drainAll(source(type, Map.of("number-of-rows", "200",
                "fields.b.min", Long.toString(Long.MAX_VALUE - 1))), 1).get(0);
        assertThat(rows).extracting(row -> row.getLong(0)).containsOnly(Long.MAX_VALUE - 1, Long.MAX_VALUE);
    }

    @Test
    void randomStringsHaveTheConfiguredLength() throws Exception {
        List<Row> rows = drainAll(source(ID_NAME, Map.of("number-of-rows", "20", "fields.name.length", "7")), 1)
                .get(0);
        assertThat(rows).allSatisfy(row -> assertThat(row.getString(1)).hasSize(7).matches("[0-9a-f]+"));
    }

    @Test
    void everyTypeGetsAValueOfItsRepresentation() throws Exception {
        DataType nested = DataType.row(List.of(new DataType.Field("x", DataType.of(TypeRoot.INTEGER)),
                new DataType.Field("y", DataType.string())));
        RowType type = RowType.of(
                List.of("bo", "ti", "si", "i", "bi", "f", "d", "de", "c", "v", "bin", "vb", "da", "t", "ts", "ltz", "r"),
                List.of(DataType.of(TypeRoot.BOOLEAN), DataType.of(TypeRoot.TINYINT), DataType.of(TypeRoot.SMALLINT),
                        DataType.of(TypeRoot.INTEGER), DataType.of(TypeRoot.BIGINT), DataType.of(TypeRoot.FLOAT),
                        DataType.of(TypeRoot.DOUBLE), DataType.decimal(10, 3), DataType.of(TypeRoot.CHAR, 5),
                        DataType.string(), DataType.of(TypeRoot.BINARY, 4),
                        DataType.of(TypeRoot.VARBINARY, DataType.MAX_LENGTH), DataType.of(TypeRoot.DATE),
                        DataType.of(TypeRoot.TIME), DataType.of(TypeRoot.TIMESTAMP, 3),
                        DataType.of(TypeRoot.TIMESTAMP_LTZ, 0), nested));
        long before = System.currentTimeMillis();
        List<Row> rows = drainAll(source(type, Map.of("number-of-rows", "100")), 1).get(0);
        long after = System.currentTimeMillis();
        assertThat(rows).hasSize(100).allSatisfy(row -> {
            assertThat(row.getLong(0)).isBetween(0L, 1L);
            assertThat(row.getLong(1)).isBetween((long) Byte.MIN_VALUE, (long) Byte.MAX_VALUE);
            assertThat(row.getLong(2)).isBetween((long) Short.MIN_VALUE, (long) Short.MAX_VALUE);
            assertThat(row.getLong(3)).isBetween((long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE);
            assertThat((double) row.getFloat(5)).isEqualTo(row.getDouble(5));
            assertThat(((BigDecimal) row.getObject(7)).scale()).isEqualTo(3);
            assertThat(row.getString(8)).hasSize(5);
            assertThat(row.getString(9)).hasSize(100);
            assertThat((byte[]) row.getObject(10)).hasSize(4);
            assertThat((byte[]) row.getObject(11)).hasSize(100);
            assertThat(row.getLong(13)).isBetween(0L, 86_399_000L);
            assertThat(row.getLong(13) % 1000).isZero();
            assertThat(row.getLong(15)).isBetween(before / 1000 * 1000, after);
            assertThat(row.getLong(15) % 1000).isZero();
            assertThat(((Row) row.getObject(16)).getString(1)).hasSize(100);
        });
    }

    @Test
    void onlyProjectedFieldsAreGeneratedInProjectionOrder() throws Exception {
        RowType type = RowType.of(List.of("a", "b", "c"),
                List.of(DataType.string(), DataType.of(TypeRoot.BIGINT), DataType.of(TypeRoot.INTEGER)));
        Map<String, String> options = withConnector(Map.of("fields.b.kind", "sequence", "fields.b.start", "5",
                "fields.b.end", "7", "fields.c.kind", "sequence", "fields.c.start", "100", "fields.c.end", "200"));
        ConnectorContext context = context(type, List.of(2, 1), options);
        List<Row> rows = drainAll(new DataGenFactory().createSource(context), 1).get(0);
        assertThat(rows).containsExactly(Row.of(100L, 5L), Row.of(101L, 6L), Row.of(102L, 7L));
    }

    @Test
    void aPushedFilterDropsRowsBeforeTheyAreEmitted() throws Exception {
        FilterableSource source = (FilterableSource) source(ID_NAME, Map.of("fields.id.kind", "sequence",
                "fields.id.start", "1", "fields.id.end", "100"));
        Source filtered = source.withFilter(row -> row.getLong(0) % 10 == 0, "id % 10 = 0");
        assertThat(longs(drainAll(filtered, 2).stream().flatMap(List::stream).toList(), 0))
                .containsExactlyInAnyOrder(10L, 20L, 30L, 40L, 50L, 60L, 70L, 80L, 90L, 100L);
        assertThat(filtered.describe()).contains("id % 10 = 0");
    }

    @Test
    void sequenceWithoutEndIsRejected() {
        assertThatThrownBy(() -> source(ID_NAME, Map.of("fields.id.kind", "sequence", "fields.id.start", "1")))
                .isInstanceOf(WeirException.class)
                .hasMessageContaining("'fields.id.end' is required when 'fields.id.kind' is 'sequence'");
    }

    @Test
    void sequenceOnABooleanColumnIsRejected() {
        RowType type = RowType.of(List.of("flag"), List.of(DataType.of(TypeRoot.BOOLEAN)));
        assertThatThrownBy(() -> source(type, Map.of("fields.flag.kind", "sequence", "fields.flag.start", "1",
                "fields.flag.end", "2"))).hasMessageContaining("Column 'flag' of type BOOLEAN cannot have a sequence");
    }

    @Test
    void sequenceBeyondItsColumnsTypeIsRejected() {
        RowType type = RowType.of(List.of("t"), List.of(DataType.of(TypeRoot.TINYINT)));
        assertThatThrownBy(() -> source(type, Map.of("fields.t.kind", "sequence", "fields.t.start", "1",
                "fields.t.end", "300")))
                .hasMessage("Invalid value '300' for option 'fields.t.end': expected a value of type TINYINT (-128 to 127)");
    }

    @Test
    void minAboveMaxIsRejected() {
        assertThatThrownBy(() -> source(ID_NAME, Map.of("fields.id.min", "5", "fields.id.max", "1")))
                .hasMessage("Option 'fields.id.min' (5) is greater than 'fields.id.max' (1)");
    }

    @Test
    void aReaderAheadOfItsRateReportsNothingAvailable() throws Exception {
        Source source = source(ID_NAME, Map.of("rows-per-second", "1", "number-of-rows", "1000"));
        SourceReader reader = source.createReader(new SourceContext("job", 0, 1));
        Output ignore = (ChangeKind kind, Row row) -> { };
        reader.open();
        assertThat(reader.pollNext(ignore)).isEqualTo(ReadStatus.MORE_AVAILABLE);
        assertThat(reader.pollNext(ignore)).isEqualTo(ReadStatus.NOTHING_AVAILABLE);
        reader.close();
    }

    @Test
    void aFastReaderEmitsAboutAThousandRowsPerPoll() throws Exception {
        SourceReader reader = source(ID_NAME, Map.of()).createReader(new SourceContext("job", 0, 1));
        int[] count = new int[1];
        reader.open();
        assertThat(reader.pollNext((kind, row) -> count[0]++)).isEqualTo(ReadStatus.MORE_AVAILABLE);
        assertThat(count[0]).isEqualTo(1000);
    }
}
