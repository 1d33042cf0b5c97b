package io.weir.runtime.internal.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.checkpoint.StateKind;
import io.weir.runtime.checkpoint.StateTable;
import io.weir.runtime.dataflow.KeyGroups;
import io.weir.runtime.dataflow.KeyHasher;
import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.Output;
import io.weir.runtime.operator.TimeDomain;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.state.EncodableValue;
import io.weir.runtime.state.ListState;
import io.weir.runtime.state.MapState;
import io.weir.runtime.state.ValueState;
import io.weir.runtime.testing.ManualClock;
import io.weir.runtime.testing.RowText;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class StateSnapshotsTest {
    private static final String UID = "agg-1";
    private static final RowType INPUT = RowText.parseColumns("k STRING, v BIGINT");
    private static final RowType VALUE = RowText.parseColumns("n BIGINT, total DECIMAL(10, 2), tag STRING");
    private static final RowType NESTED = RowType.of(List.of("k", "inner"), List.of(DataType.of(TypeRoot.BIGINT),
            DataType.row(RowText.parseColumns("a BIGINT, b STRING").fields())));
    private static final RowType WINDOW = RowText.parseColumns("window_start BIGINT, window_end BIGINT");
    private static final DataType BYTES = DataType.of(TypeRoot.VARBINARY, DataType.MAX_LENGTH);
    private static final RowType ELEMENT = RowType.of(List.of("item", "bytes"), List.of(DataType.string(), BYTES));

    /** One operator instance's backend and timers over a key-group range, with its states made as in open(). */
    private static final class Instance {
        final KeyedStateBackend backend;
        final HeapTimerService timers;
        final ValueState value;
        final MapState map;
        final ListState list;

        Instance(int subtask, int parallelism, int maxParallelism) {
            backend = KeyedStateBackend.keyed("Agg", INPUT, List.of(0), maxParallelism, subtask, parallelism);
            timers = new HeapTimerService(backend, new ManualClock(0));
            value = backend.valueState("value", VALUE);
            map = backend.mapState("windows", WINDOW, VALUE);
            list = backend.listState("elements", ELEMENT);
        }

        Instance() {
            this(0, 1, KeyGroups.DEFAULT_MAX_PARALLELISM);
        }

        Instance key(String key) {
            backend.setCurrentKeyOf(Row.of(key, 0L));
            return this;
        }

        List<TableSnapshot> snapshot() {
            return StateSnapshots.snapshot(UID, backend, timers);
        }

        void restore(List<TableSnapshot> tables) {
            StateSnapshots.restore(UID, backend, timers, rowsByTable(tables));
        }
    }

    private static Map<StateTable, List<Row>> rowsByTable(List<TableSnapshot> tables) {
        Map<StateTable, List<Row>> rows = new LinkedHashMap<>();
        for (TableSnapshot table : tables) {
            rows.put(table.table(), rows(table));
        }
        return rows;
    }

    /** Copies of a table's rows, which its iterator may reuse. */
    static List<Row> rows(TableSnapshot table) {
        List<Row> rows = new ArrayList<>();
        for (Row row : table.rows()) {
            rows.add(row.copy());
        }
        return rows;
    }

    private static Row value(long n, String total, String tag) {
        return Row.of(n, new BigDecimal(total), tag);
    }

    private static Row window(long start, long end) {
        return Row.of(start, end);
    }

    private static Row element(String item, byte... bytes) {
        return Row.of(item, bytes);
    }

    private static TableSnapshot table(List<TableSnapshot> tables, String name) {
        return tables.stream().filter(t -> t.table().name().equals(name)).findFirst().orElseThrow();
    }

    /** Records each timer that fires with its key. */
    private static final class TimerLog implements Operator {
        final KeyedStateBackend backend;
        final List<String> fired = new ArrayList<>();

        TimerLog(KeyedStateBackend backend) {
            this.backend = backend;
        }

        @Override
        public void process(ChangeKind kind, Row row, Output out) {
        }

        @Override
        public void onTimer(long timestamp, TimeDomain domain, Output out) {
            fired.add(domain + "@" + timestamp + ":" + backend.currentKey().getString(0));
        }
    }

    private static final Output DISCARD = new Output() {
        @Override
        public void emit(ChangeKind kind, Row row) {
        }

        @Override
        public void watermark(long watermark) {
        }
    };

    @Test
    void aValueStateHasTheSameRowPerKeyAfterARestoreIntoANewBackend() {
        Instance before = new Instance();
        before.key("a").value.update(value(2, "3.50", "x"));
        before.key("b").value.update(value(1, "1.00", null));

        Instance after = new Instance();
        after.restore(before.snapshot());

        assertThat(after.key("a").value.value()).isEqualTo(value(2, "3.50", "x"));
        assertThat(after.key("b").value.value()).isEqualTo(value(1, "1.00", null));
        assertThat(after.key("c").value.value()).isNull();
    }

    @Test
    void aMapStateHasTheSameEntriesPerKeyAfterARestore() {
        Instance before = new Instance();
        before.key("a").map.put(window(0, 10), value(1, "1.00", "w1"));
        before.key("a").map.put(window(10, 20), value(2, "2.00", "w2"));
        before.key("b").map.put(window(0, 10), value(3, "3.00", "w3"));

        Instance after = new Instance();
        after.restore(before.snapshot());

        assertThat(entries(after.key("a").map)).containsOnly(
                Map.entry(window(0, 10), value(1, "1.00", "w1")), Map.entry(window(10, 20), value(2, "2.00", "w2")));
        assertThat(entries(after.key("b").map)).containsOnly(Map.entry(window(0, 10), value(3, "3.00", "w3")));
    }

    private static Map<Row, Row> entries(MapState state) {
        Map<Row, Row> entries = new HashMap<>();
        for (Map.Entry<Row, Row> e : state.entries()) {
            entries.put(e.getKey(), e.getValue());
        }
        return entries;
    }

    @Test
    void aListStateHasTheSameElementsInTheSameOrderAfterARestore() {
        Instance before = new Instance();
        before.key("a").list.add(element("x", (byte) 1, (byte) 2));
        before.key("a").list.add(element("y"));
        before.key("a").list.add(element("x", (byte) 1, (byte) 2));
        before.key("b").list.add(element(null, (byte) 9));

        Instance after = new Instance();
        after.restore(before.snapshot());

        assertThat(after.key("a").list.get()).containsExactly(
                element("x", (byte) 1, (byte) 2), element("y"), element("x", (byte) 1, (byte) 2));
        assertThat(after.key("b").list.get()).containsExactly(element(null, (byte) 9));
    }

    @Test
    void restoredTimersAreRegisteredForTheirKeysAndFire() throws Exception {
        Instance before = new Instance();
        before.key("a").timers.registerEventTimeTimer(10);
        before.key("b").timers.registerEventTimeTimer(20);
        before.key("b").timers.registerProcessingTimeTimer(5);
        before.key("c").timers.registerEventTimeTimer(30);
        before.key("c").timers.deleteEventTimeTimer(30);

        Instance after = new Instance();
        after.restore(before.snapshot());
        TimerLog log = new TimerLog(after.backend);
        after.timers.advanceWatermark(Long.MAX_VALUE, log, DISCARD);
        after.timers.fireProcessingTimers(100, log, DISCARD);

        assertThat(log.fired).containsExactly("EVENT_TIME@10:a", "EVENT_TIME@20:b", "PROCESSING_TIME@5:b");
    }

    @Test
    void aRestoreAtAnotherParallelismGivesEachSubtaskExactlyTheKeysOfItsKeyGroups() {
        Instance whole = new Instance();
        Set<String> keys = new TreeSet<>();
        for (int i = 0; i < 200; i++) {
            String key = "k" + i;
            keys.add(key);
            whole.key(key).value.update(value(i, "0.00", key));
            whole.key(key).timers.registerEventTimeTimer(i);
        }
        List<TableSnapshot> snapshot = whole.snapshot();

        Instance low = new Instance(0, 2, 128);
        Instance high = new Instance(1, 2, 128);
        low.restore(snapshot);
        high.restore(snapshot);

        assertThat(low.backend.firstKeyGroup()).isZero();
        assertThat(low.backend.lastKeyGroup()).isEqualTo(63);
        Set<String> lowKeys = keysOf(low);
        Set<String> highKeys = keysOf(high);
        KeyHasher hasher = KeyHasher.of(INPUT, List.of(0));
        for (String key : keys) {
            int group = KeyGroups.keyGroupOf(hasher.hash(Row.of(key, 0L)), 128);
            assertThat(group < 64 ? lowKeys : highKeys).as("key %s of key group %d", key, group).contains(key);
        }
        assertThat(lowKeys.size() + highKeys.size()).isEqualTo(keys.size());
        assertThat(timerKeys(low)).isEqualTo(lowKeys);
        assertThat(timerKeys(high)).isEqualTo(highKeys);
    }

    private static Set<String> keysOf(Instance instance) {
        Set<String> keys = new HashSet<>();
        HeapState state = instance.backend.states().get("value");
        for (int g = instance.backend.firstKeyGroup(); g <= instance.backend.lastKeyGroup(); g++) {
            for (Row key : state.keys(g)) {
                keys.add(key.getString(0));
            }
        }
        return keys;
    }

    private static Set<String> timerKeys(Instance instance) {
        Set<String> keys = new HashSet<>();
        for (Timer timer : instance.timers.eventTimeTimers()) {
            keys.add(timer.key().getString(0));
        }
        return keys;
    }

    @Test
    void aSnapshotKeepsItsRowsWhenTheOperatorLaterChangesStateInPlace() {
        Instance before = new Instance();
        before.key("a").value.update(value(1, "1.00", "v"));
        KeyedStateBackend nestedBackend = KeyedStateBackend.keyed("Nested", INPUT, List.of(0), 128, 0, 1);
        ValueState nested = nestedBackend.valueState("nested", NESTED);
        nestedBackend.setCurrentKeyOf(Row.of("a", 0L));
        nested.update(Row.of(7L, Row.of(1L, "one")));
        before.key("a").map.put(window(0, 10), value(1, "1.00", "w"));
        before.key("a").list.add(element("x"));

        List<TableSnapshot> snapshot = before.snapshot();
        List<TableSnapshot> nestedSnapshot =
                StateSnapshots.snapshot(UID, nestedBackend, new HeapTimerService(nestedBackend, new ManualClock(0)));
        before.key("a").value.value().setLong(0, 99);
        before.key("a").value.value().setObject(2, "changed");
        nestedBackend.setCurrentKeyOf(Row.of("a", 0L));
        ((Row) nested.value().getObject(1)).setLong(0, 99);
        before.key("a").map.get(window(0, 10)).setLong(0, 99);
        before.key("a").map.put(window(10, 20), value(2, "2.00", "w2"));
        before.key("a").list.add(element("y"));
        before.key("b").value.update(value(5, "5.00", "new key"));

        assertThat(rows(table(snapshot, "value"))).containsExactly(Row.of(groupOf("a"), "a", 1L,
                new BigDecimal("1.00"), "v"));
        assertThat(rows(table(snapshot, "windows"))).containsExactly(Row.of(groupOf("a"), "a", 0L, 10L, 1L,
                new BigDecimal("1.00"), "w"));
        assertThat(rows(table(snapshot, "elements"))).containsExactly(Row.of(groupOf("a"), "a", 0, "x", new byte[0]));
        assertThat(rows(table(nestedSnapshot, "nested"))).containsExactly(Row.of(groupOf("a"), "a", 7L,
                Row.of(1L, "one")));
    }

    private static int groupOf(String key) {
        return KeyGroups.keyGroupOf(KeyHasher.of(INPUT, List.of(0)).hash(Row.of(key, 0L)), 128);
    }

    @Test
    void eachTableStartsWithTheKeyGroupAndKeyColumnsAndNamesEveryColumnUniquely() {
        Instance instance = new Instance();
        KeyedStateBackend clashing = KeyedStateBackend.keyed("Nested", INPUT, List.of(0), 128, 0, 1);
        clashing.valueState("nested", NESTED);

        List<TableSnapshot> tables = instance.snapshot();
        List<TableSnapshot> clashingTables =
                StateSnapshots.snapshot(UID, clashing, new HeapTimerService(clashing, new ManualClock(0)));

        assertThat(tables).extracting(t -> t.table().name() + ":" + t.table().kind() + ":" + t.table().schema().names())
                .containsExactly(
                        "value:VALUE:[key_group, k, n, total, tag]",
                        "windows:MAP:[key_group, k, window_start, window_end, n, total, tag]",
                        "elements:LIST:[key_group, k, element_index, item, bytes]",
                        "timers.event:EVENT_TIME_TIMERS:[key_group, k, timestamp]",
                        "timers.processing:PROCESSING_TIME_TIMERS:[key_group, k, timestamp]");
        assertThat(table(clashingTables, "nested").table().schema().names()).containsExactly("key_group", "k", "k_1",
                "inner");
        assertThat(tables.get(0).table().schema().type(0).toString()).isEqualTo("INT NOT NULL");
        assertThat(tables).allSatisfy(t -> {
            assertThat(t.firstKeyGroup()).isZero();
            assertThat(t.lastKeyGroup()).isEqualTo(127);
        });
    }

    @Test
    void aBytesFieldHoldingAnotherJavaObjectFailsReadingTheSnapshotNamingOperatorStateAndField() {
        KeyedStateBackend backend = KeyedStateBackend.keyed("GroupAggregate", INPUT, List.of(0), 128, 0, 1);
        ValueState accumulator = backend.valueState("accumulator", RowType.of(List.of("n", "distinct0"),
                List.of(DataType.of(TypeRoot.BIGINT), BYTES)));
        backend.setCurrentKeyOf(Row.of("a", 0L));
        accumulator.update(Row.of(1L, new HashMap<>()));
        HeapTimerService timers = new HeapTimerService(backend, new ManualClock(0));

        List<TableSnapshot> tables = StateSnapshots.snapshot(UID, backend, timers);

        assertThatThrownBy(() -> rows(table(tables, "accumulator")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("operator 'GroupAggregate' (uid 'agg-1')")
                .hasMessageContaining("state 'accumulator'")
                .hasMessageContaining("field 'distinct0' of type BYTES holds a java.util.HashMap");
    }

    /** A structure in a BYTES field that encodes itself: its size as one byte. */
    private static final class Growing extends ArrayList<String> implements EncodableValue {
        @Override
        public byte[] encode() {
            return new byte[] {(byte) size()};
        }
    }

    @Test
    void aBytesFieldHoldingAnEncodableValueIsStoredAsItsBytesWhenTheSnapshotIsTaken() {
        Instance before = new Instance();
        Growing structure = new Growing();
        structure.add("x");
        before.key("a").list.add(Row.of("item", structure));

        List<TableSnapshot> snapshot = before.snapshot();
        Row live = before.key("a").list.get().iterator().next();
        if (live.getObject(1) == structure) {
            structure.add("y");
        }
        Instance after = new Instance();
        after.restore(snapshot);

        assertThat(after.key("a").list.get()).containsExactly(element("item", (byte) 1));
    }

    @Test
    void theTaskGetsAnEncodableValueAsItsBytesWhenASnapshotSharesIt() {
        Instance instance = new Instance();
        Growing structure = new Growing();
        structure.add("x");
        instance.key("a").list.add(Row.of("item", structure));

        instance.snapshot();

        assertThat(instance.key("a").list.get()).containsExactly(element("item", (byte) 1));
    }

    @Test
    void anUnkeyedOperatorHasNothingToSnapshot() {
        KeyedStateBackend backend = KeyedStateBackend.unkeyed("Calc", 128);

        assertThat(StateSnapshots.snapshot(UID, backend, new HeapTimerService(backend, new ManualClock(0)))).isEmpty();
    }

    @Test
    void restoringAStateTheOperatorDoesNotHaveNamesOperatorAndState() {
        Instance before = new Instance();
        KeyedStateBackend other = KeyedStateBackend.keyed("Agg", INPUT, List.of(0), 128, 0, 1);
        other.valueState("value", VALUE);

        assertThatThrownBy(() -> StateSnapshots.restore(UID, other, new HeapTimerService(other, new ManualClock(0)),
                rowsByTable(before.snapshot())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("operator 'Agg' (uid 'agg-1') has no state 'windows'");
    }

    @Test
    void restoringAStateOfAnotherKindNamesBothKinds() {
        Instance before = new Instance();
        KeyedStateBackend other = KeyedStateBackend.keyed("Agg", INPUT, List.of(0), 128, 0, 1);
        other.valueState("value", VALUE);
        other.valueState("windows", VALUE);
        other.listState("elements", ELEMENT);

        assertThatThrownBy(() -> StateSnapshots.restore(UID, other, new HeapTimerService(other, new ManualClock(0)),
                rowsByTable(before.snapshot())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("state 'windows' of operator 'Agg' (uid 'agg-1') is a VALUE state, but the "
                        + "checkpoint holds a MAP state");
    }

    @Test
    void restoringAStateWhoseColumnsDifferNamesTheStateAndRestoresNothing() {
        Instance before = new Instance();
        before.key("a").value.update(value(1, "1.00", "v"));
        KeyedStateBackend other = KeyedStateBackend.keyed("Agg", INPUT, List.of(0), 128, 0, 1);
        ValueState value = other.valueState("value", VALUE);
        other.mapState("windows", WINDOW, RowText.parseColumns("n BIGINT"));
        other.listState("elements", ELEMENT);

        assertThatThrownBy(() -> StateSnapshots.restore(UID, other, new HeapTimerService(other, new ManualClock(0)),
                rowsByTable(before.snapshot())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("state 'windows' of operator 'Agg' (uid 'agg-1') has columns");
        other.setCurrentKeyOf(Row.of("a", 0L));
        assertThat(value.value()).isNull();
    }

    @Test
    void restoringWithAnotherNumberOfKeyGroupsIsRefused() {
        Instance before = new Instance(0, 1, 128);
        for (int i = 0; i < 20; i++) {
            before.key("k" + i).value.update(value(i, "0.00", null));
        }
        Instance after = new Instance(0, 1, 256);

        assertThatThrownBy(() -> after.restore(before.snapshot()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("state 'value' of operator 'Agg' (uid 'agg-1') has key")
                .hasMessageContaining("another max parallelism");
    }

    @Test
    void tablesOfOtherOperatorsAreIgnored() {
        Instance before = new Instance();
        before.key("a").value.update(value(1, "1.00", "v"));
        Map<StateTable, List<Row>> rows = rowsByTable(before.snapshot());
        Map<StateTable, List<Row>> otherOperator = new HashMap<>();
        rows.forEach((table, tableRows) -> otherOperator.put(
                new StateTable("other", table.name(), table.kind(), table.schema()), tableRows));
        Instance after = new Instance();

        StateSnapshots.restore(UID, after.backend, after.timers, otherOperator);

        assertThat(after.key("a").value.value()).isNull();
    }

    @Test
    void aKeyedTableGivenToAnUnkeyedOperatorIsRefused() {
        Instance before = new Instance();
        KeyedStateBackend unkeyed = KeyedStateBackend.unkeyed("Calc", 128);

        assertThatThrownBy(() -> StateSnapshots.restore(UID, unkeyed,
                new HeapTimerService(unkeyed, new ManualClock(0)), rowsByTable(before.snapshot())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("operator 'Calc' (uid 'agg-1') is not keyed");
    }

    @Test
    void everyTableOfASnapshotHasOneRowPerEntryWithItsKind() {
        Instance before = new Instance();
        before.key("a").value.update(value(1, "1.00", "v"));
        before.key("a").map.put(window(0, 10), value(1, "1.00", "w"));
        before.key("a").map.put(window(10, 20), value(1, "1.00", "w"));
        before.key("a").list.add(element("x"));
        before.key("a").list.add(element("y"));
        before.key("a").list.add(element("z"));
        before.key("a").timers.registerProcessingTimeTimer(7);

        List<TableSnapshot> tables = before.snapshot();

        assertThat(tables).extracting(t -> t.table().kind() + "=" + rows(t).size()).containsExactly(
                "VALUE=1", "MAP=2", "LIST=3", "EVENT_TIME_TIMERS=0", "PROCESSING_TIME_TIMERS=1");
        assertThat(rows(table(tables, "timers.processing"))).containsExactly(Row.of(groupOf("a"), "a", 7L));
        assertThat(table(tables, "timers.processing").table().kind()).isEqualTo(StateKind.PROCESSING_TIME_TIMERS);
    }
}
