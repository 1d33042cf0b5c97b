package io.weir.runtime.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.dataflow.KeyGroups;
import io.weir.runtime.dataflow.KeyHasher;
import io.weir.runtime.row.Row;
import io.weir.runtime.state.ListState;
import io.weir.runtime.state.MapState;
import io.weir.runtime.state.ValueState;
import io.weir.runtime.testing.ManualClock;
import io.weir.runtime.testing.RowText;
import io.weir.runtime.type.RowType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A snapshot's rows stay as they were at the barrier whatever the task does to its state until they are read. */
class CopyOnWriteSnapshotTest {
    private static final String UID = "op-1";
    private static final RowType INPUT = RowText.parseColumns("k BIGINT, v BIGINT");
    private static final RowType COUNT = RowText.parseColumns("n BIGINT");
    private static final RowType WINDOW = RowText.parseColumns("w BIGINT");

    private final KeyedStateBackend backend = KeyedStateBackend.keyed("Op", INPUT, List.of(0), 128, 0, 1);
    private final HeapTimerService timers = new HeapTimerService(backend, new ManualClock(0));
    private final ValueState value = backend.valueState("value", COUNT);
    private final MapState map = backend.mapState("map", WINDOW, COUNT);
    private final ListState list = backend.listState("list", COUNT);

    private CopyOnWriteSnapshotTest key(long key) {
        backend.setCurrentKeyOf(Row.of(key, 0L));
        return this;
    }

    private List<TableSnapshot> snapshot() {
        return StateSnapshots.snapshot(UID, backend, timers);
    }

    /** The rows of table {@code name} as text {@code key:rest}, sorted; reads them as a writer would. */
    private static List<String> rows(List<TableSnapshot> tables, String name) {
        for (TableSnapshot table : tables) {
            if (table.table().name().equals(name)) {
                List<String> rows = new ArrayList<>();
                for (Row row : table.rows()) {
                    StringBuilder text = new StringBuilder().append(row.getLong(1)).append(':');
                    for (int i = 2; i < row.arity(); i++) {
                        text.append(i > 2 ? "," : "").append(row.getLong(i));
                    }
                    rows.add(text.toString());
                }
                rows.sort(null);
                return rows;
            }
        }
        throw new AssertionError("no table " + name);
    }

    private static void release(List<TableSnapshot> tables) {
        for (TableSnapshot table : tables) {
            table.release().run();
        }
    }

    /** The value state's content as text, as {@link #rows} shows it. */
    private List<String> expectedValues(Map<Long, Long> model) {
        List<String> rows = new ArrayList<>();
        model.forEach((k, n) -> rows.add(k + ":" + n));
        rows.sort(null);
        return rows;
    }

    @Test
    void aSnapshotKeepsItsValuesWhenTheTaskThenUpdatesAddsRemovesAndReAddsKeys() {
        Map<Long, Long> model = new TreeMap<>();
        for (long k = 0; k < 2000; k++) {
            key(k).value.update(Row.of(k));
            model.put(k, k);
        }
        List<String> expected = expectedValues(model);

        List<TableSnapshot> snapshot = snapshot();
        for (long k = 0; k < 2000; k += 3) {
            key(k).value.update(Row.of(-1L));
        }
        for (long k = 1; k < 2000; k += 3) {
            key(k).value.clear();
        }
        for (long k = 2000; k < 3000; k++) {
            key(k).value.update(Row.of(k));
        }
        for (long k = 1; k < 2000; k += 9) {
            key(k).value.update(Row.of(-2L));
        }

        assertThat(rows(snapshot, "value")).isEqualTo(expected);
    }

    @Test
    void aSnapshotKeepsItsRowsWhenTheTaskChangesAValueRowAListAndAMapInPlace() {
        key(1).value.update(Row.of(10L));
        key(1).list.add(Row.of(1L));
        key(1).list.add(Row.of(2L));
        key(1).map.put(Row.of(100L), Row.of(7L));
        key(1).map.put(Row.of(200L), Row.of(8L));

        List<TableSnapshot> snapshot = snapshot();
        key(1).value.value().setLong(0, 11);
        for (Row element : key(1).list.get()) {
            element.setLong(0, element.getLong(0) * 100);
        }
        key(1).list.add(Row.of(3L));
        key(1).map.get(Row.of(100L)).setLong(0, 70);
        key(1).map.put(Row.of(300L), Row.of(9L));
        Iterator<Map.Entry<Row, Row>> entries = key(1).map.entries().iterator();
        while (entries.hasNext()) {
            if (entries.next().getKey().getLong(0) == 200) {
                entries.remove();
            }
        }

        assertThat(rows(snapshot, "value")).containsExactly("1:10");
        assertThat(rows(snapshot, "list")).containsExactly("1:0,1", "1:1,2");
        assertThat(rows(snapshot, "map")).containsExactly("1:100,7", "1:200,8");
        assertThat(key(1).value.value().getLong(0)).isEqualTo(11);
        assertThat(key(1).list.get()).containsExactly(Row.of(100L), Row.of(200L), Row.of(3L));
    }

    @Test
    void aSnapshotKeepsItsValuesWhenTheTaskGrowsEveryHashTableBeforeTheRowsAreRead() {
        Map<Long, Long> model = new TreeMap<>();
        for (long k = 0; k < 500; k++) {
            key(k).value.update(Row.of(k));
            model.put(k, k);
        }
        List<String> expected = expectedValues(model);

        List<TableSnapshot> snapshot = snapshot();
        for (long k = 500; k < 50_000; k++) {
            key(k).value.update(Row.of(k));
        }
        for (long k = 0; k < 500; k++) {
            key(k).value.value().setLong(0, -k);
        }

        assertThat(rows(snapshot, "value")).isEqualTo(expected);
        assertThat(backend.states().get("value").keyCount()).isEqualTo(50_000);
    }

    @Test
    void aSnapshotKeepsTheTimersLiveAtItsBarrierWhateverFiresOrIsDeletedOrRegisteredLater() throws Exception {
        key(1).timers.registerEventTimeTimer(10);
        key(2).timers.registerEventTimeTimer(20);
        key(3).timers.registerEventTimeTimer(30);
        key(3).timers.deleteEventTimeTimer(30);

        List<TableSnapshot> snapshot = snapshot();
        timers.advanceWatermark(10, new io.weir.runtime.operator.Operator() {
            @Override
            public void process(io.weir.runtime.row.ChangeKind kind, Row row, io.weir.runtime.operator.Output out) {
            }
        }, null);
        key(2).timers.deleteEventTimeTimer(20);
        key(3).timers.registerEventTimeTimer(30);
        key(4).timers.registerEventTimeTimer(40);

        assertThat(rows(snapshot, "timers.event")).containsExactly("1:10", "2:20");
        assertThat(rows(snapshot(), "timers.event")).containsExactly("3:30", "4:40");
    }

    @Test
    void twoLiveSnapshotsEachKeepTheirOwnVersion() {
        key(1).value.update(Row.of(1L));
        key(2).list.add(Row.of(1L));
        List<TableSnapshot> first = snapshot();
        key(1).value.value().setLong(0, 2);
        key(2).list.add(Row.of(2L));
        List<TableSnapshot> second = snapshot();
        key(1).value.value().setLong(0, 3);
        key(2).list.add(Row.of(3L));
        key(3).value.update(Row.of(3L));

        assertThat(rows(first, "value")).containsExactly("1:1");
        assertThat(rows(first, "list")).containsExactly("2:0,1");
        release(first);
        key(1).value.value().setLong(0, 4);
        key(2).list.add(Row.of(4L));

        assertThat(rows(second, "value")).containsExactly("1:2");
        assertThat(rows(second, "list")).containsExactly("2:0,1", "2:1,2");
        assertThat(backend.liveSnapshots()).isEqualTo(1);
    }

    @Test
    void theTaskCopiesAValueOnlyOnceWhileASnapshotSharesIt() {
        key(1).value.update(Row.of(1L));
        Row before = key(1).value.value();

        snapshot();
        Row first = key(1).value.value();
        Row second = key(1).value.value();

        assertThat(first).isNotSameAs(before).isSameAs(second);
        assertThat(backend.copiesForSnapshots()).isEqualTo(1);
    }

    @Test
    void afterItsReleaseASnapshotCostsTheTaskNoMoreCopies() {
        for (long k = 0; k < 100; k++) {
            key(k).value.update(Row.of(k));
            key(k).list.add(Row.of(k));
            key(k).map.put(Row.of(k), Row.of(k));
        }
        List<TableSnapshot> snapshot = snapshot();
        rows(snapshot, "value");
        release(snapshot);
        Row before = key(7).value.value();

        for (long k = 0; k < 100; k++) {
            key(k).value.value().setLong(0, -k);
            key(k).list.add(Row.of(k));
            key(k).map.get(Row.of(k)).setLong(0, -k);
        }

        assertThat(backend.liveSnapshots()).isZero();
        assertThat(backend.copiesForSnapshots()).isZero();
        assertThat(key(7).value.value()).isSameAs(before);
    }

    @Test
    void releasingEveryTableOfASnapshotButOneKeepsItLive() {
        key(1).value.update(Row.of(1L));
        List<TableSnapshot> snapshot = snapshot();

        for (int i = 1; i < snapshot.size(); i++) {
            snapshot.get(i).release().run();
            snapshot.get(i).release().run();
        }

        assertThat(backend.liveSnapshots()).isEqualTo(1);
        snapshot.get(0).release().run();
        assertThat(backend.liveSnapshots()).isZero();
    }

    @Test
    void aWriterThreadReadsExactlyTheBarriersStateWhileTheTaskThreadChangesItHeavily() throws Exception {
        Random random = new Random(42);
        TreeMap<Long, Long> model = new TreeMap<>();
        for (int round = 0; round < 20; round++) {
            List<String> expectedValues = expectedValues(model);
            List<String> expectedLists = expectedLists(model);
            List<TableSnapshot> snapshot = snapshot();
            CompletableFuture<List<List<String>>> written = CompletableFuture.supplyAsync(() -> {
                List<List<String>> read = List.of(rows(snapshot, "value"), rows(snapshot, "list"));
                release(snapshot);
                return read;
            });
            while (!written.isDone()) {
                mutate(random, model);
            }
            for (int i = 0; i < 2000; i++) {
                mutate(random, model);
            }

            List<List<String>> read = written.get(30, TimeUnit.SECONDS);
            assertThat(read.get(0)).as("values of round %d", round).isEqualTo(expectedValues);
            assertThat(read.get(1)).as("lists of round %d", round).isEqualTo(expectedLists);
        }
    }

    /** Each key's list holds one element per update of its value, so a list of {@code n} elements is 1..n. */
    private void mutate(Random random, TreeMap<Long, Long> model) {
        long k = random.nextInt(5000);
        key(k);
        switch (random.nextInt(4)) {
            case 0 -> {
                value.clear();
                list.clear();
                model.remove(k);
            }
            case 1 -> {
                value.update(Row.of(1L));
                List<Row> one = new ArrayList<>();
                one.add(Row.of(1L));
                list.update(one);
                model.put(k, 1L);
            }
            default -> {
                Row current = value.value();
                if (current == null) {
                    value.update(Row.of(1L));
                    list.add(Row.of(1L));
                    model.put(k, 1L);
                } else {
                    current.setLong(0, current.getLong(0) + 1);
                    list.add(Row.of(current.getLong(0)));
                    model.put(k, current.getLong(0));
                }
            }
        }
    }

    private static List<String> expectedLists(TreeMap<Long, Long> model) {
        List<String> rows = new ArrayList<>();
        model.forEach((k, n) -> {
            for (long i = 0; i < n; i++) {
                rows.add(k + ":" + i + "," + (i + 1));
            }
        });
        rows.sort(null);
        return rows;
    }

    @Test
    void aSnapshotsRowsCarryTheKeyGroupOfTheirKey() {
        key(5).value.update(Row.of(1L));
        int group = KeyGroups.keyGroupOf(KeyHasher.of(INPUT, List.of(0)).hash(Row.of(5L, 0L)), 128);

        TreeSet<Integer> groups = new TreeSet<>();
        for (TableSnapshot table : snapshot()) {
            for (Row row : table.rows()) {
                groups.add(row.getInt(0));
            }
        }

        assertThat(groups).containsExactly(group);
    }
}
