package io.weir.connector.nexmark;

import static io.weir.connector.CollectingOutput.context;
import static io.weir.connector.CollectingOutput.drainAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.connector.ConnectorRegistry;
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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NexmarkSourceTest {
    private static final String BASE_TIME = "2026-01-01 00:00:00";
    private static final long BASE_MILLIS = LocalDateTime.of(2026, 1, 1, 0, 0).toInstant(ZoneOffset.UTC).toEpochMilli();

    /** The table of the benchmark's DDL, written out by hand as its parser would produce it. */
    static final RowType BENCHMARK_TABLE = RowType.of(List.of("event_type", "person", "auction", "bid"), List.of(
            DataType.of(TypeRoot.INTEGER),
            row("id", bigint(), "name", string(), "emailAddress", string(), "creditCard", string(), "city", string(),
                    "state", string(), "dateTime", timestamp(), "extra", string()),
            row("id", bigint(), "itemName", string(), "description", string(), "initialBid", bigint(),
                    "reserve", bigint(), "dateTime", timestamp(), "expires", timestamp(), "seller", bigint(),
                    "category", bigint(), "extra", string()),
            row("auction", bigint(), "bidder", bigint(), "price", bigint(), "channel", string(), "url", string(),
                    "dateTime", timestamp(), "extra", string())));

    private static DataType bigint() {
        return DataType.of(TypeRoot.BIGINT);
    }

    private static DataType string() {
        return DataType.string();
    }

    private static DataType timestamp() {
        return DataType.of(TypeRoot.TIMESTAMP, 3);
    }

    private static DataType row(Object... namesAndTypes) {
        List<DataType.Field> fields = new java.util.ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            fields.add(new DataType.Field((String) namesAndTypes[i], (DataType) namesAndTypes[i + 1]));
        }
        return DataType.row(fields);
    }

    private static Map<String, String> options(String... keysAndValues) {
        Map<String, String> all = new HashMap<>();
        all.put("connector", "nexmark");
        all.put("base-time", BASE_TIME);
        all.put("first-event.rate", "1000000000000");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            all.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return all;
    }

    private static Source source(String... keysAndValues) {
        return new NexmarkFactory().createSource(context(BENCHMARK_TABLE, options(keysAndValues)));
    }

    private static List<Row> events(int count, String... keysAndValues) throws Exception {
        String[] all = java.util.Arrays.copyOf(keysAndValues, keysAndValues.length + 2);
        all[keysAndValues.length] = "events.num";
        all[keysAndValues.length + 1] = Integer.toString(count);
        return drainAll(source(all), 1).get(0);
    }

    private static Row nested(Row event) {
        return (Row) event.getObject(1 + event.getInt(0));
    }

    /** The event time of a person (field 6), auction (5) or bid (5). */
    private static long dateTime(Row event) {
        return nested(event).getLong(event.getInt(0) == 0 ? 6 : 5);
    }

    @Test
    void theServicesFileRegistersTheFactory() {
        assertThat(ConnectorRegistry.load().find("nexmark")).get().isInstanceOf(NexmarkFactory.class);
    }

    @Test
    void theBenchmarksTableWithItsOptionsIsAccepted() {
        Map<String, String> options = Map.of("connector", "nexmark", "first-event.rate", "10000000",
                "next-event.rate", "10000000", "events.num", "100000000", "person.proportion", "1",
                "auction.proportion", "3", "bid.proportion", "46");
        ConnectorRegistry.load().validate("datagen", options, BENCHMARK_TABLE);
        Source source = new NexmarkFactory().createSource(context(BENCHMARK_TABLE, options));
        assertThat(source.isBounded()).isTrue();
        assertThat(source.describe()).isEqualTo("nexmark(rate=10000000, events=100000000, proportions=1:3:46)");
    }

    @Test
    void aMisspeltOptionIsRejectedWithASuggestion() {
        assertThatThrownBy(() -> ConnectorRegistry.load().validate("t", options("events.nmu", "5"), BENCHMARK_TABLE))
                .hasMessage("Unknown option 'events.nmu' for connector 'nexmark'; did you mean 'events.num'?");
    }

    @Test
    void aRateThatIsNotANumberIsRejected() {
        assertThatThrownBy(() -> source("first-event.rate", "fast"))
                .hasMessage("Invalid value 'fast' for option 'first-event.rate': expected a value of type LONG");
    }

    @Test
    void aRateOfZeroIsRejected() {
        assertThatThrownBy(() -> source("next-event.rate", "0"))
                .hasMessage("Invalid value '0' for option 'next-event.rate': expected a positive number of events per second");
    }

    @Test
    void aNegativeNumberOfEventsIsRejected() {
        assertThatThrownBy(() -> source("events.num", "-1"))
                .hasMessage("Invalid value '-1' for option 'events.num': expected a number of events that is 0 (no end) or more");
    }

    @Test
    void bidsWithoutAuctionsAreRejected() {
        assertThatThrownBy(() -> source("auction.proportion", "0"))
                .hasMessage("Option 'auction.proportion' is 0, but bids need auctions to bid on; set it to 1 or more");
    }

    @Test
    void aNegativeProportionIsRejected() {
        assertThatThrownBy(() -> source("bid.proportion", "-2"))
                .hasMessage("Invalid value '-2' for option 'bid.proportion': expected a proportion that is 0 or more");
    }

    @Test
    void aBaseTimeThatIsNotATimestampIsRejected() {
        assertThatThrownBy(() -> source("base-time", "yesterday")).hasMessage("Invalid value 'yesterday' for option"
                + " 'base-time': expected a timestamp like '2026-01-01 00:00:00' or epoch milliseconds");
    }

    @Test
    void aTableWithoutTheBidColumnIsRejected() {
        RowType three = new RowType(BENCHMARK_TABLE.fields().subList(0, 3));
        assertThatThrownBy(() -> new NexmarkFactory().createSource(context(three, options())))
                .hasMessageStartingWith("Table 't' has 3 physical columns, but the nexmark connector produces 4: "
                        + "event_type INT, person ROW<`id` BIGINT, `name` STRING,")
                .hasMessageEndingWith("; declare the columns as the Nexmark benchmark's DDL does");
    }

    @Test
    void aNestedFieldOfTheWrongTypeIsNamed() {
        List<DataType.Field> fields = new java.util.ArrayList<>(BENCHMARK_TABLE.fields());
        fields.set(3, new DataType.Field("bid", row("auction", bigint(), "bidder", bigint(), "price", string(),
                "channel", string(), "url", string(), "dateTime", timestamp(), "extra", string())));
        assertThatThrownBy(() -> new NexmarkFactory().createSource(context(new RowType(fields), options())))
                .hasMessage("Column 'bid.price' of table 't' is STRING, but the nexmark connector produces BIGINT;"
                        + " declare the columns as the Nexmark benchmark's DDL does");
    }

    @Test
    void aMisnamedNestedFieldIsNamed() {
        List<DataType.Field> fields = new java.util.ArrayList<>(BENCHMARK_TABLE.fields());
        fields.set(3, new DataType.Field("bid", row("auction", bigint(), "bidder", bigint(), "amount", bigint(),
                "channel", string(), "url", string(), "dateTime", timestamp(), "extra", string())));
        assertThatThrownBy(() -> new NexmarkFactory().createSource(context(new RowType(fields), options())))
                .hasMessage("Column 'bid.amount' of table 't' should be named 'price' for the nexmark connector;"
                        + " declare the columns as the Nexmark benchmark's DDL does");
    }

    @Test
    void theSameOptionsYieldTheSameEvents() throws Exception {
        assertThat(events(3000)).isEqualTo(events(3000));
    }

    @Test
    void baseTimeFixesTheFirstEventTimeAndTheRateSpacesTheOthers() throws Exception {
        // 200 000 events per second: 5 microseconds apart, so 200 events per millisecond.
        List<Row> rows = events(5000, "first-event.rate", "200000");
        assertThat(dateTime(rows.get(0))).isEqualTo(BASE_MILLIS);
        for (int n = 0; n < rows.size(); n++) {
            assertThat(dateTime(rows.get(n))).isEqualTo(BASE_MILLIS + n / 200);
        }
    }

    @Test
    void baseTimeInEpochMillisecondsMeansTheSameInstant() throws Exception {
        assertThat(events(500, "base-time", Long.toString(BASE_MILLIS))).isEqualTo(events(500));
    }

    @Test
    void withoutBaseTimeTheFirstEventHappensWhenTheSourceIsCreated() throws Exception {
        Map<String, String> options = options("events.num", "1");
        options.remove("base-time");
        long before = System.currentTimeMillis();
        Source source = new NexmarkFactory().createSource(context(BENCHMARK_TABLE, options));
        long after = System.currentTimeMillis();
        assertThat(dateTime(drainAll(source, 1).get(0).get(0))).isBetween(before, after);
    }

    @Test
    void theDefaultProportionsGiveOnePersonAndThreeAuctionsPerFortySixBids() throws Exception {
        assertThat(countByType(events(50_000))).containsExactly(1000, 3000, 46000);
    }

    @Test
    void customProportionsAreFollowedExactly() throws Exception {
        List<Row> rows = events(50_000, "person.proportion", "2", "auction.proportion", "5", "bid.proportion", "13");
        assertThat(countByType(rows)).containsExactly(5000, 12500, 32500);
    }

    private static int[] countByType(List<Row> rows) {
        int[] counts = new int[3];
        for (Row row : rows) {
            counts[row.getInt(0)]++;
        }
        return counts;
    }

    @Test
    void eachRowFillsOnlyTheColumnOfItsEventType() throws Exception {
        assertThat(events(2000)).allSatisfy(row -> {
            for (int column = 1; column <= 3; column++) {
                assertThat(row.isNullAt(column)).isEqualTo(column != 1 + row.getInt(0));
            }
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void subtasksShareTheEventsOfParallelismOneEachOnce(int parallelism) throws Exception {
        List<Row> serial = events(10_001);
        List<List<Row>> parallel = drainAll(source("events.num", "10001"), parallelism);
        int total = 0;
        for (int i = 0; i < parallelism; i++) {
            List<Row> subtask = parallel.get(i);
            for (int k = 0; k < subtask.size(); k++) {
                assertThat(subtask.get(k)).isEqualTo(serial.get(i + k * parallelism));
            }
            total += subtask.size();
        }
        assertThat(total).isEqualTo(10_001);
    }

    @Test
    void eachSubtasksEventTimesNeverDecrease() throws Exception {
        for (List<Row> subtask : drainAll(source("events.num", "20000", "first-event.rate", "300000"), 3)) {
            for (int k = 1; k < subtask.size(); k++) {
                assertThat(dateTime(subtask.get(k))).isGreaterThanOrEqualTo(dateTime(subtask.get(k - 1)));
            }
        }
    }

    @Test
    void bidsReferToRecentAuctionsAndPeopleThatMostlyExistAlready() throws Exception {
        long newestPerson = -1;
        long newestAuction = -1;
        Set<Long> auctions = new HashSet<>();
        Set<Long> people = new HashSet<>();
        int bids = 0;
        int bidsOnExistingAuctions = 0;
        int bidsByExistingPeople = 0;
        for (Row row : events(50_000)) {
            Row event = nested(row);
            if (row.getInt(0) == 0) {
                newestPerson = event.getLong(0);
                people.add(newestPerson);
            } else if (row.getInt(0) == 1) {
                newestAuction = event.getLong(0);
                auctions.add(newestAuction);
                assertThat(event.getLong(7)).isBetween(Math.max(1000, newestPerson - 1000), newestPerson + 10);
            } else {
                bids++;
                long auction = event.getLong(0);
                long bidder = event.getLong(1);
                assertThat(auction).isBetween(Math.max(1000, newestAuction - 100), newestAuction + 10);
                assertThat(bidder).isBetween(Math.max(1000, newestPerson - 1000), newestPerson + 10);
                bidsOnExistingAuctions += auctions.contains(auction) ? 1 : 0;
                bidsByExistingPeople += people.contains(bidder) ? 1 : 0;
            }
        }
        assertThat(bidsOnExistingAuctions).isGreaterThan(bids * 9 / 10);
        assertThat(bidsByExistingPeople).isGreaterThan(bids * 9 / 10);
    }

    @Test
    void idsAreConsecutiveFromOneThousand() throws Exception {
        List<Row> rows = events(5000);
        long person = 1000;
        long auction = 1000;
        for (Row row : rows) {
            if (row.getInt(0) == 0) {
                assertThat(nested(row).getLong(0)).isEqualTo(person++);
            } else if (row.getInt(0) == 1) {
                assertThat(nested(row).getLong(0)).isEqualTo(auction++);
            }
        }
    }

    @Test
    void fieldValuesHaveTheReferenceShapes() throws Exception {
        assertThat(events(20_000)).allSatisfy(row -> {
            Row e = nested(row);
            switch (row.getInt(0)) {
                case 0:
                    assertThat(e.getString(1)).matches("[A-Z][a-z]+ [A-Z][a-z]+");
                    assertThat(e.getString(2)).matches("[a-z ]+@[a-z ]+\\.com");
                    assertThat(e.getString(3)).matches("\\d{4} \\d{4} \\d{4} \\d{4}");
                    assertThat(e.getString(4)).isIn((Object[]) NexmarkStrings.CITIES);
                    assertThat(e.getString(5)).isIn("AZ", "CA", "ID", "OR", "WA", "WY");
                    break;
                case 1:
                    assertThat(e.getLong(3)).isBetween(100L, 100_000_000L);
                    assertThat(e.getLong(4)).isGreaterThan(e.getLong(3));
                    assertThat(e.getLong(6)).isGreaterThan(e.getLong(5));
                    assertThat(e.getLong(8)).isBetween(10L, 14L);
                    assertThat(e.getString(1)).isNotEmpty().hasSizeLessThan(20);
                    break;
                default:
                    assertThat(e.getLong(2)).isBetween(100L, 100_000_000L);
                    assertThat(e.getString(3)).matches("Google|Facebook|Baidu|Apple|channel-\\d+");
                    assertThat(e.getString(4)).startsWith("https://www.nexmark.com/").contains("item.htm?query=1");
                    assertThat(e.getString(6).length()).isBetween(54, 81);
                    break;
            }
        });
    }

    @Test
    void aboutHalfTheBidsGoToHotAuctions() throws Exception {
        Map<Long, Integer> bidsPerAuction = new HashMap<>();
        int bids = 0;
        for (Row row : events(50_000)) {
            if (row.getInt(0) == 2) {
                bids++;
                bidsPerAuction.merge(nested(row).getLong(0), 1, Integer::sum);
            }
        }
        int hot = 0;
        for (Map.Entry<Long, Integer> entry : bidsPerAuction.entrySet()) {
            hot += entry.getKey() % 100 == 0 ? entry.getValue() : 0;
        }
        assertThat((double) hot / bids).isBetween(0.45, 0.60);
    }

    @Test
    void onlyProjectedColumnsAreEmittedInProjectionOrder() throws Exception {
        List<Row> all = events(1000);
        Map<String, String> options = options("events.num", "1000");
        List<Row> projected = drainAll(new NexmarkFactory().createSource(
                context(BENCHMARK_TABLE, List.of(3, 0), options)), 1).get(0);
        assertThat(projected).hasSize(1000);
        for (int n = 0; n < 1000; n++) {
            Row full = all.get(n);
            assertThat(projected.get(n)).isEqualTo(Row.of(full.getObject(3), (long) full.getInt(0)));
        }
    }

    @Test
    void aPushedFilterDropsRowsBeforeTheyAreEmitted() throws Exception {
        FilterableSource source = (FilterableSource) source("events.num", "5000");
        Source bids = source.withFilter(row -> row.getLong(0) == 2, "event_type = 2");
        List<List<Row>> rows = drainAll(bids, 2);
        assertThat(rows.get(0).size() + rows.get(1).size()).isEqualTo(4600);
        assertThat(rows.get(0)).allMatch(row -> row.getLong(0) == 2);
        assertThat(bids.describe()).contains("filter=[event_type = 2]");
    }

    @Test
    void aBoundedSourceEndsAfterItsEvents() throws Exception {
        Source source = source("events.num", "10");
        assertThat(source.isBounded()).isTrue();
        SourceReader reader = source.createReader(new SourceContext("job", 0, 1));
        int[] count = new int[1];
        reader.open();
        assertThat(reader.pollNext((kind, row) -> count[0]++)).isEqualTo(ReadStatus.END_OF_INPUT);
        assertThat(reader.pollNext((kind, row) -> count[0]++)).isEqualTo(ReadStatus.END_OF_INPUT);
        assertThat(count[0]).isEqualTo(10);
    }

    @Test
    void withoutANumberOfEventsTheSourceKeepsProducing() throws Exception {
        Source source = source();
        assertThat(source.isBounded()).isFalse();
        SourceReader reader = source.createReader(new SourceContext("job", 1, 2));
        int[] count = new int[1];
        reader.open();
        for (int poll = 0; poll < 50; poll++) {
            assertThat(reader.pollNext((kind, row) -> count[0]++)).isEqualTo(ReadStatus.MORE_AVAILABLE);
        }
        assertThat(count[0]).isEqualTo(50 * NexmarkReader.BATCH_SIZE);
    }

    @Test
    void theEventRateSpacesEventTimesWithoutPacingTheReader() throws Exception {
        SourceReader reader = source("first-event.rate", "1", "events.num", "3000")
                .createReader(new SourceContext("job", 0, 1));
        int[] count = {0};
        Output counting = (ChangeKind kind, Row row) -> count[0]++;
        reader.open();
        assertThat(reader.pollNext(counting)).isEqualTo(ReadStatus.MORE_AVAILABLE);
        assertThat(reader.pollNext(counting)).isEqualTo(ReadStatus.MORE_AVAILABLE);
        assertThat(reader.pollNext(counting)).isEqualTo(ReadStatus.END_OF_INPUT);
        assertThat(count[0]).isEqualTo(3000);
    }

    @Test
    void theEmittedNestedRowIsNotReusedByTheNextEvent() throws Exception {
        SourceReader reader = source("events.num", "100").createReader(new SourceContext("job", 0, 1));
        List<Row> shallow = new java.util.ArrayList<>();
        reader.open();
        reader.pollNext((kind, row) -> {
            Row copy = new Row(row.arity());
            copy.copyFrom(row);
            shallow.add(copy);
        });
        assertThat(shallow).isEqualTo(events(100));
    }
}
