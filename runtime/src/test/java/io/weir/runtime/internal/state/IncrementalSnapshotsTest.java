package io.weir.runtime.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.checkpoint.StateTable;
import io.weir.runtime.dataflow.KeyGroups;
import io.weir.runtime.dataflow.KeyHasher;
import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.Output;
import io.weir.runtime.operator.TimeDomain;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.state.ListState;
import io.weir.runtime.state.MapState;
import io.weir.runtime.state.ValueState;
import io.weir.runtime.testing.ManualClock;
import io.weir.runtime.testing.RowText;
import io.weir.runtime.type.RowType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deltas of keyed state on a committed base snapshot, and restores of a full snapshot and its deltas. */
class IncrementalSnapshotsTest {
    private static final String UID = "agg-1";
    private static final RowType INPUT = RowText.parseColumns("k STRING, v BIGINT");
    private static final RowType VALUE = RowText.parseColumns("n BIGINT");
    private static final RowType WINDOW = RowText.parseColumns("window_start BIGINT, window_end BIGINT");
    private static final RowType ELEMENT = RowText.parseColumns("item STRING");

    /** One operator instance tracking removals, with the chain of files per table it checkpointed so far. */
    private static final class Instance {
        final KeyedStateBackend backend;
        final HeapTimerService timers;
        final ValueState value;
        final MapState map;
        final ListState list;
        /** Per table name, the rows of each file of its chain, full first. */
        final Map<String, List<StateSnapshots.RestoredFile>> chains = new LinkedHashMap<>();
        final Map<String, List<StateFile>> files = new HashMap<>();
        final Map<String, StateTable> tables = new LinkedHashMap<>();
        int baseVersion;
        long checkpointId;

        Instance() {
            backend = KeyedStateBackend.keyed("Agg", INPUT, List.of(0), KeyGroups.DEFAULT_MAX_PARALLELISM, 0, 1);
            timers = new HeapTimerService(backend, new ManualClock(0));
            value = backend.valueState("value", VALUE);
            map = backend.mapState("windows", WINDOW, VALUE);
            list = backend.listState("elements", ELEMENT);
            StateSnapshots.trackRemovals(backend);
        }

        Instance key(String key) {
            backend.setCurrentKeyOf(Row.of(key, 0L));
            return this;
        }

        /** Takes a checkpoint (a delta on the last one, if any), writes it, and commits it as the next base. */
        Map<String, List<String>> checkpoint() {
            StateSnapshots.DeltaBase base = baseVersion == 0 ? null : new StateSnapshots.DeltaBase(baseVersion, files);
            List<TableSnapshot> snapshot = StateSnapshots.snapshot(UID, backend, timers, base);
            int version = backend.currentVersion();
            checkpointId++;
            Map<String, List<String>> written = new LinkedHashMap<>();
            for (TableSnapshot table : snapshot) {
                List<Row> rows = StateSnapshotsTest.rows(table);
                table.release().run();
                String name = table.table().name();
                tables.put(name, table.table());
                if (table.content() == StateFile.Content.FULL) {
                    chains.put(name, new ArrayList<>());
                    files.put(name, new ArrayList<>());
                }
                chains.get(name).add(new StateSnapshots.RestoredFile(table.content(), rows));
                List<StateFile> chain = new ArrayList<>(files.get(name));
                chain.add(new StateFile(table.table(), 0, table.firstKeyGroup(), table.lastKeyGroup(),
                        table.content(), checkpointId, name, 1, rows.size(), "crc32c:00000000"));
                files.put(name, chain);
                written.put(name, texts(rows));
            }
            StateSnapshots.forgetRemovalsBefore(backend, timers, version);
            baseVersion = version;
            return written;
        }

        /** A new instance restored from this one's chains. */
        Instance restored() {
            Instance restored = new Instance();
            Map<StateTable, List<StateSnapshots.RestoredFile>> byTable = new LinkedHashMap<>();
            for (Map.Entry<String, List<StateSnapshots.RestoredFile>> chain : chains.entrySet()) {
                byTable.put(tables.get(chain.getKey()), chain.getValue());
            }
            StateSnapshots.restoreFiles(UID, restored.backend, restored.timers, byTable);
            return restored;
        }

        /** Every row of a full snapshot of the live state, per table, sorted. */
        Map<String, List<String>> fullRows() {
            Map<String, List<String>> rows = new LinkedHashMap<>();
            for (TableSnapshot table : StateSnapshots.snapshot(UID, backend, timers)) {
                rows.put(table.table().name(), texts(StateSnapshotsTest.rows(table)));
                table.release().run();
            }
            return rows;
        }
    }

    private static List<String> texts(List<Row> rows) {
        List<String> texts = new ArrayList<>();
        for (Row row : rows) {
            texts.add(row.toString());
        }
        texts.sort(null);
        return texts;
    }

    private static List<String> sorted(String... rows) {
        List<String> texts = new ArrayList<>(List.of(rows));
        texts.sort(null);
        return texts;
    }

    private static int keyGroup(String key) {
        return KeyGroups.keyGroupOf(KeyHasher.of(INPUT, List.of(0)).hash(Row.of(key, 0L)),
                KeyGroups.DEFAULT_MAX_PARALLELISM);
    }

    /** Lets due timers fire, doing nothing else. */
    private static final class NoOperator implements Operator {
        @Override
        public void process(ChangeKind kind, Row row, Output out) {
        }

        @Override
        public void onTimer(long timestamp, TimeDomain domain, Output out) {
        }
    }

    @Test
    void aDeltaHoldsTheChangedKeysAndATombstoneForEachRemovedKeyOnly() {
        Instance live = new Instance();
        for (String key : List.of("a", "b", "c", "d")) {
            live.key(key).value.update(Row.of(1L));
        }
        live.checkpoint();
        live.key("b").value.update(Row.of(2L));
        live.key("c").value.clear();
        live.key("e").value.update(Row.of(5L));

        Map<String, List<String>> delta = live.checkpoint();

        assertThat(delta.get("value")).isEqualTo(sorted(
                Row.of(true, keyGroup("c"), "c", null).toString(),
                Row.of(false, keyGroup("b"), "b", 2L).toString(),
                Row.of(false, keyGroup("e"), "e", 5L).toString()));
    }

    @Test
    void aChangedMapEntryRewritesEveryEntryOfItsKey() {
        Instance live = new Instance();
        live.key("a").map.put(Row.of(0L, 10L), Row.of(1L));
        live.key("a").map.put(Row.of(10L, 20L), Row.of(1L));
        live.key("b").map.put(Row.of(0L, 10L), Row.of(7L));
        live.checkpoint();
        live.key("a").map.put(Row.of(10L, 20L), Row.of(2L));

        Map<String, List<String>> delta = live.checkpoint();

        int a = keyGroup("a");
        assertThat(delta.get("windows")).isEqualTo(sorted(
                Row.of(false, a, "a", 0L, 10L, 1L).toString(), Row.of(false, a, "a", 10L, 20L, 2L).toString()));
    }

    @Test
    void aDeltaOfTimersHoldsTheTimersAddedAndATombstoneForEachDeletedOrFiredOne() throws Exception {
        Instance live = new Instance();
        live.key("a").timers.registerEventTimeTimer(10);
        live.key("a").timers.registerEventTimeTimer(20);
        live.key("b").timers.registerEventTimeTimer(30);
        live.checkpoint();
        live.key("b").timers.deleteEventTimeTimer(30);
        live.key("c").timers.registerEventTimeTimer(40);
        live.timers.advanceWatermark(10, new NoOperator(), null);

        Map<String, List<String>> delta = live.checkpoint();

        assertThat(delta.get("timers.event")).isEqualTo(sorted(
                Row.of(true, keyGroup("a"), "a", 10L).toString(),
                Row.of(true, keyGroup("b"), "b", 30L).toString(),
                Row.of(false, keyGroup("c"), "c", 40L).toString()));
    }

    @Test
    void removalsBeforeTheCommittedBaseAreNotRepeatedInTheNextDelta() {
        Instance live = new Instance();
        live.key("a").value.update(Row.of(1L));
        live.key("b").value.update(Row.of(1L));
        live.checkpoint();
        live.key("a").value.clear();
        live.checkpoint();
        live.key("b").value.update(Row.of(3L));

        Map<String, List<String>> delta = live.checkpoint();

        assertThat(delta.get("value")).isEqualTo(sorted(Row.of(false, keyGroup("b"), "b", 3L).toString()));
    }

    @Test
    void restoringAFullSnapshotAndItsDeltasGivesTheLiveStateWithRemovedAndReAddedKeys() throws Exception {
        Instance live = new Instance();
        for (int i = 0; i < 50; i++) {
            String key = "k" + i;
            live.key(key).value.update(Row.of((long) i));
            live.key(key).map.put(Row.of(0L, 10L), Row.of((long) i));
            live.key(key).list.add(Row.of("x" + i));
            live.key(key).timers.registerEventTimeTimer(100 + i);
        }
        live.checkpoint();
        for (int i = 0; i < 50; i += 3) {
            String key = "k" + i;
            live.key(key).value.clear();
            live.key(key).map.remove(Row.of(0L, 10L));
            live.key(key).list.clear();
            live.key(key).timers.deleteEventTimeTimer(100 + i);
        }
        live.key("k1").map.put(Row.of(10L, 20L), Row.of(11L));
        live.key("k2").list.add(Row.of("y"));
        live.checkpoint();
        // Removed in the last delta and added again, a list replaced, a key new since, and timers fired.
        live.key("k3").value.update(Row.of(33L));
        live.key("k3").map.put(Row.of(20L, 30L), Row.of(3L));
        live.key("k3").list.add(Row.of("again"));
        live.key("k3").timers.registerEventTimeTimer(103);
        live.key("k4").list.clear();
        live.key("k4").list.add(Row.of("replaced"));
        live.key("new").value.update(Row.of(99L));
        live.timers.advanceWatermark(110, new NoOperator(), null);
        live.checkpoint();

        assertThat(live.chains.get("value")).extracting(StateSnapshots.RestoredFile::content)
                .containsExactly(StateFile.Content.FULL, StateFile.Content.DELTA, StateFile.Content.DELTA);
        assertThat(live.restored().fullRows()).isEqualTo(live.fullRows());
    }

    @Test
    void aKeyRemovedAndAddedAgainWithinOneDeltaRestoresWithItsNewValueOnly() {
        Instance live = new Instance();
        live.key("a").list.add(Row.of("old-1"));
        live.key("a").list.add(Row.of("old-2"));
        live.checkpoint();
        live.key("a").list.clear();
        live.key("a").list.add(Row.of("new"));
        live.checkpoint();

        assertThat(live.restored().fullRows().get("elements"))
                .isEqualTo(List.of(Row.of(keyGroup("a"), "a", 0, "new").toString()));
    }

    @Test
    void aTableTheBaseHasNoChainForIsSnapshottedInFull() {
        Instance live = new Instance();
        live.key("a").value.update(Row.of(1L));
        live.checkpoint();
        live.files.remove("value");

        List<TableSnapshot> tables = StateSnapshots.snapshot(UID, live.backend, live.timers,
                new StateSnapshots.DeltaBase(live.baseVersion, live.files));

        for (TableSnapshot table : tables) {
            assertThat(table.content()).as(table.table().name()).isEqualTo(table.table().name().equals("value")
                    ? StateFile.Content.FULL : StateFile.Content.DELTA);
            table.release().run();
        }
    }
}
