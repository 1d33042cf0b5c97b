package io.weir.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.checkpoint.MetadataStore;
import io.weir.runtime.checkpoint.CheckpointKind;
import io.weir.runtime.checkpoint.CheckpointStorage;
import io.weir.runtime.checkpoint.CheckpointingMode;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.checkpoint.StateKind;
import io.weir.runtime.checkpoint.StateTable;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folding a chain of real state files (a full file, then deltas) written to and committed in a data directory. */
class CheckpointStateRowsTest {
    private static final DataType INT = DataType.of(TypeRoot.INTEGER).withNullable(false);
    private static final DataType BIGINT = DataType.of(TypeRoot.BIGINT);
    /** A list state keyed by {@code k}: its elements' values. */
    private static final StateTable LIST = new StateTable("agg", "items", StateKind.LIST, RowType.of(
            List.of("key_group", "k", "element_index", "v"), List.of(INT, BIGINT, INT, BIGINT)));
    private static final StateTable TIMERS = new StateTable("agg", "timers.event", StateKind.EVENT_TIME_TIMERS,
            RowType.of(List.of("key_group", "k", "timestamp"), List.of(INT, BIGINT, BIGINT.withNullable(false))));

    @TempDir
    Path dataDir;

    private static List<String> text(List<Row> rows) {
        List<String> text = new ArrayList<>();
        for (Row row : rows) {
            text.add(row.toString());
        }
        return text;
    }

    @Test
    void aDeltaReplacesEveryRowOfItsKeysAndItsTombstonesRemoveKeys() throws Exception {
        try (MetadataStore store = MetadataStore.open(dataDir)) {
            CheckpointStorage storage = store.checkpointStorage();
            StateFile full = storage.write("job", 1, CheckpointKind.CHECKPOINT, 0, 0, 127, LIST, StateFile.Content.FULL,
                    List.of(Row.of(1, 10L, 0, 100L), Row.of(1, 10L, 1, 101L), Row.of(2, 20L, 0, 200L),
                            Row.of(3, 30L, 0, 300L)));
            StateFile timers = storage.write("job", 1, CheckpointKind.CHECKPOINT, 0, 0, 127, TIMERS,
                    StateFile.Content.FULL, List.of(Row.of(1, 10L, 5000L)));
            commit(storage, 1, List.of(full, timers));
            // Checkpoint 2: key 20 removed, key 10 now holds one element, key 40 added.
            Row tombstone = new Row(5);
            tombstone.setBoolean(0, true);
            tombstone.setLong(1, 2);
            tombstone.setLong(2, 20L);
            tombstone.setNull(3);
            tombstone.setNull(4);
            StateFile delta = storage.write("job", 2, CheckpointKind.CHECKPOINT, 0, 0, 127, LIST,
                    StateFile.Content.DELTA, List.of(tombstone, Row.of(false, 1, 10L, 0, 110L),
                            Row.of(false, 4, 40L, 0, 400L)));
            StateFile timersDelta = storage.write("job", 2, CheckpointKind.CHECKPOINT, 0, 0, 127, TIMERS,
                    StateFile.Content.DELTA, List.of(Row.of(false, 4, 40L, 6000L)));
            CompletedCheckpoint second = commit(storage, 2, List.of(full, delta, timers, timersDelta));

            List<Row> rows = new CheckpointStateRows(storage, second, LIST).read();

            assertThat(text(rows)).containsExactlyInAnyOrder("Row[1, 10, 0, 110]", "Row[3, 30, 0, 300]", "Row[4, 40, 0, 400]");
            assertThat(text(new CheckpointStateRows(storage, second, TIMERS).read()))
                    .containsExactlyInAnyOrder("Row[1, 10, 5000]", "Row[4, 40, 6000]");
        }
    }

    private static CompletedCheckpoint commit(CheckpointStorage storage, long id, List<StateFile> files)
            throws Exception {
        CompletedCheckpoint checkpoint = new CompletedCheckpoint("job", id, CheckpointKind.CHECKPOINT,
                CheckpointingMode.EXACTLY_ONCE, 128, storage.locationOf("job", id, CheckpointKind.CHECKPOINT),
                Instant.ofEpochMilli(id * 1000), Instant.ofEpochMilli(id * 1000 + 10), files);
        storage.commit(checkpoint);
        return storage.latest("job").orElseThrow();
    }
}
