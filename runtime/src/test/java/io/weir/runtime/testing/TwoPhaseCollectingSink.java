package io.weir.runtime.testing;

import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.Sink;
import io.weir.runtime.sink.SinkContext;
import io.weir.runtime.sink.SinkWriter;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A sink with two-phase commit that collects rows in memory: a writer stages what it received before barrier
 * {@code n} when it prepares {@code n} (as a file sink writes an in-progress file), and only a commit of {@code n}
 * moves the staged rows into {@link #committed()}, the output a reader sees. Rows not yet prepared when a task fails
 * are lost, as they will be replayed; staged rows of a checkpoint that never committed stay invisible. The end of the
 * input commits everything. Thread-safe.
 */
public final class TwoPhaseCollectingSink implements Sink {
    /** A pending commit: the subtask that staged rows and the checkpoint they were staged for. */
    public static final RowType PENDING = RowType.of(List.of("subtask", "checkpoint_id"),
            List.of(DataType.of(TypeRoot.INTEGER), DataType.of(TypeRoot.BIGINT)));

    private final Queue<Row> committed = new ConcurrentLinkedQueue<>();
    /** Staged rows by "subtask/checkpoint", surviving the writer as in-progress files survive a task. */
    private final Map<String, List<Row>> staged = new ConcurrentHashMap<>();
    private final Queue<String> events = new ConcurrentLinkedQueue<>();

    /** The rows made visible so far, in commit order. */
    public List<Row> committed() {
        return List.copyOf(committed);
    }

    /** What writers did: {@code prepare:<subtask>:<n>}, {@code commit:<subtask>:<n>}, {@code restore:<subtask>:<n>}. */
    public List<String> events() {
        return List.copyOf(events);
    }

    @Override
    public RowType pendingCommitType() {
        return PENDING;
    }

    @Override
    public SinkWriter createWriter(SinkContext context) {
        return new SinkWriter() {
            private final int subtask = context.subtaskIndex();
            private final List<Row> current = new ArrayList<>();
            private final TreeMap<Long, String> prepared = new TreeMap<>();

            @Override
            public void open() {
                for (Row pending : context.restoredPendingCommits()) {
                    String key = pending.getInt(0) + "/" + pending.getLong(1);
                    events.add("restore:" + subtask + ":" + pending.getLong(1));
                    publish(key);
                }
            }

            @Override
            public void write(ChangeKind kind, Row row) {
                current.add(row.copy());
            }

            @Override
            public List<Row> prepareCommit(long checkpointId) {
                String key = subtask + "/" + checkpointId;
                staged.put(key, List.copyOf(current));
                current.clear();
                prepared.put(checkpointId, key);
                events.add("prepare:" + subtask + ":" + checkpointId);
                return List.of(Row.of(subtask, checkpointId));
            }

            @Override
            public void commit(long checkpointId) {
                Map<Long, String> due = prepared.headMap(checkpointId, true);
                for (String key : due.values()) {
                    publish(key);
                }
                due.clear();
                events.add("commit:" + subtask + ":" + checkpointId);
            }

            @Override
            public void finish() {
                for (String key : prepared.values()) {
                    publish(key);
                }
                prepared.clear();
                committed.addAll(current);
                current.clear();
            }
        };
    }

    private void publish(String key) {
        List<Row> rows = staged.remove(key);
        if (rows != null) {
            committed.addAll(rows);
        }
    }
}
