package io.weir.session;

import static io.weir.session.SessionTesting.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.dataflow.Edge;
import io.weir.runtime.dataflow.Partitioning;
import io.weir.runtime.dataflow.Vertex;
import io.weir.runtime.job.Engine;
import io.weir.runtime.job.EngineOptions;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobStatus;
import io.weir.runtime.operator.Counter;
import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorContext;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.Sink;
import io.weir.runtime.sink.SinkContext;
import io.weir.runtime.sink.SinkOperator;
import io.weir.runtime.sink.SinkWriter;
import io.weir.runtime.source.ValuesSource;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** DESCRIBE JOB's rows for operators a query cannot make yet: one that counts late records, on two subtasks. */
class JobDescriptionTest {
    private static final RowType TYPE = RowType.of(List.of("id"), List.of(DataType.of(TypeRoot.BIGINT)));

    private final Engine engine = Engine.create(EngineOptions.defaults());

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    /** Drops the rows with an odd id as late and counts them under {@code lateRecordsDropped}. */
    private static OperatorSpec dropsOddIds() {
        return new OperatorSpec("LateFilter", "drops odd ids", () -> new Operator() {
            private Counter late;

            @Override
            public void open(OperatorContext context) {
                late = context.counter("lateRecordsDropped");
            }

            @Override
            public void process(ChangeKind kind, Row row, Output out) {
                if (row.getLong(0) % 2 == 1) {
                    late.inc();
                } else {
                    out.emit(kind, row);
                }
            }
        });
    }

    private static final class Discarding implements Sink, SinkWriter {
        @Override
        public SinkWriter createWriter(SinkContext context) {
            return this;
        }

        @Override
        public void write(ChangeKind kind, Row row) {
            // The description needs only the count the sink operator keeps.
        }
    }

    /** The rows of the counts these tests look at: records read and written, and late records dropped. */
    private static List<List<String>> counts(StatementResult.Table description) {
        return rows(description).stream()
                .filter(r -> List.of("records read", "records written", "late records dropped").contains(r.get(1)))
                .toList();
    }

    @Test
    void lateRecordsDroppedAreSummedOverSubtasksPerOperator() throws Exception {
        List<Row> values = new ArrayList<>();
        for (long id = 1; id <= 10; id++) {
            values.add(Row.of(id));
        }
        Dataflow dataflow = new Dataflow(List.of(
                Vertex.ofSource(1, "Source: values", 1, new ValuesSource(values), List.of(), TYPE),
                Vertex.ofOperators(2, "filter", 2, List.of(dropsOddIds(),
                        new OperatorSpec("Sink: discard", "discards", () -> new SinkOperator(new Discarding()))), TYPE)),
                List.of(new Edge(1, 2, Partitioning.rebalance())));
        Job job = engine.submit("late", "late", dataflow);
        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);

        List<List<String>> rows = counts(JobDescription.of(job, dataflow, ZoneOffset.UTC));

        assertThat(rows).containsExactly(
                List.of("Source: values", "records read", "10"),
                List.of("LateFilter", "late records dropped", "5"),
                List.of("Sink: discard", "records written", "5"));
    }

    @Test
    void anOperatorNamedInTwoVerticesIsQualifiedByItsVertex() throws Exception {
        List<Row> values = List.of(Row.of(1L), Row.of(2L));
        Dataflow dataflow = new Dataflow(List.of(
                Vertex.ofSource(1, "Source: values", 1, new ValuesSource(values), List.of(dropsOddIds()), TYPE),
                Vertex.ofOperators(2, "second", 1, List.of(dropsOddIds()), TYPE)),
                List.of(new Edge(1, 2, Partitioning.forward())));
        Job job = engine.submit("twice", "twice", dataflow);
        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);

        List<List<String>> rows = counts(JobDescription.of(job, dataflow, ZoneOffset.UTC));

        assertThat(rows).containsExactly(
                List.of("Source: values", "records read", "2"),
                List.of("Source: values / LateFilter", "late records dropped", "1"),
                List.of("second / LateFilter", "late records dropped", "0"));
    }
}
