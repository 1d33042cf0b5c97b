package io.weir.runtime.internal.state;

import io.weir.runtime.row.Row;
import io.weir.runtime.state.ListState;
import io.weir.runtime.testing.ManualClock;
import io.weir.runtime.testing.RowText;
import java.util.List;

/**
 * Prints how long the synchronous part of a snapshot takes, and reading its rows as the background writer does, for
 * state shaped like the Nexmark HOP query's: 600 000 keys, each with a list of five slices and one event-time timer.
 * A measurement to run by hand ({@code main}), not a test.
 */
public final class SnapshotTimings {
    private static final int KEYS = 600_000;

    private SnapshotTimings() {
    }

    public static void main(String[] args) {
        KeyedStateBackend backend = KeyedStateBackend.keyed("HopWindow",
                RowText.parseColumns("auction BIGINT, price BIGINT"), List.of(0), 128, 0, 1);
        HeapTimerService timers = new HeapTimerService(backend, new ManualClock(0));
        ListState slices = backend.listState("slices", RowText.parseColumns("slice_end BIGINT, cnt BIGINT"));
        Row input = new Row(2);
        for (long key = 0; key < KEYS; key++) {
            input.setLong(0, key);
            backend.setCurrentKeyOf(input);
            for (long slice = 1; slice <= 5; slice++) {
                slices.add(Row.of(slice * 2000, key + slice));
            }
            timers.registerEventTimeTimer(10_000);
        }
        for (int round = 0; round < 8; round++) {
            long start = System.nanoTime();
            List<TableSnapshot> tables = StateSnapshots.snapshot("hop", backend, timers);
            long sync = System.nanoTime() - start;
            long rows = 0;
            for (TableSnapshot table : tables) {
                for (Row row : table.rows()) {
                    rows += row.arity() > 0 ? 1 : 0;
                }
            }
            long read = System.nanoTime() - start - sync;
            release(tables);
            System.out.printf("round %d: synchronous %.2f ms, reading %d rows %.0f ms%n", round, sync / 1e6, rows,
                    read / 1e6);
        }
    }

    private static void release(List<TableSnapshot> tables) {
        for (TableSnapshot table : tables) {
            table.release().run();
        }
    }
}
