package io.weir.runtime.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.dataflow.KeyGroups;
import io.weir.runtime.internal.metrics.JobMetrics;
import io.weir.runtime.internal.state.HeapTimerService;
import io.weir.runtime.internal.state.KeyedStateBackend;
import io.weir.runtime.internal.task.ChainedOperatorContext;
import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorContext;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SinkOperatorTest {
    private final List<String> calls = new ArrayList<>();
    private final Sink sink = new Sink() {
        @Override
        public SinkWriter createWriter(SinkContext context) {
            calls.add("create " + context);
            return new SinkWriter() {
                @Override
                public void open() {
                    calls.add("open");
                }

                @Override
                public void write(ChangeKind kind, Row row) {
                    calls.add("write " + kind.shortString() + row);
                }

                @Override
                public void finish() {
                    calls.add("finish");
                }

                @Override
                public void close() {
                    calls.add("close");
                }
            };
        }

        @Override
        public String describe() {
            return "TestSink";
        }
    };
    private final Output nowhere = (kind, row) -> calls.add("emitted");

    @Test
    void itDrivesAWriterForItsSubtaskThroughItsWholeLife() throws Exception {
        Operator operator = SinkOperator.spec(sink).factory().get();

        operator.open(context());
        operator.process(ChangeKind.UPDATE_AFTER, Row.of(1L), nowhere);
        operator.finish(nowhere);
        operator.close();

        assertThat(calls).containsExactly(
                "create SinkContext[jobId=j, subtaskIndex=1, parallelism=2, restoredPendingCommits=[]]", "open",
                "write +URow[1]", "finish", "close");
    }

    @Test
    void closingBeforeOpenIsHarmless() throws Exception {
        new SinkOperator(sink).close();

        assertThat(calls).isEmpty();
    }

    @Test
    void itsSpecDescribesTheSink() {
        assertThat(SinkOperator.spec(sink).description()).isEqualTo("TestSink");
    }

    private static OperatorContext context() {
        KeyedStateBackend state = KeyedStateBackend.unkeyed("Sink", KeyGroups.DEFAULT_MAX_PARALLELISM);
        return new ChainedOperatorContext("j", "weir-j-sink-1", 1, 2, state,
                new HeapTimerService(state, InstantSource.system()), new JobMetrics(), "sink.1.Sink.");
    }
}
