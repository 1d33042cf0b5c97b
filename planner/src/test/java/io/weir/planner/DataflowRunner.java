package io.weir.planner;

import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.dataflow.Edge;
import io.weir.runtime.dataflow.Vertex;
import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorContext;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.Sink;
import io.weir.runtime.sink.SinkContext;
import io.weir.runtime.sink.SinkWriter;
import io.weir.runtime.source.ReadStatus;
import io.weir.runtime.source.SourceContext;
import io.weir.runtime.source.SourceReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a bounded dataflow on the calling thread, vertex after vertex, each subtask in turn: enough to check what a
 * plan computes until the engine runs these tests.
 */
final class DataflowRunner {
    private DataflowRunner() {
    }

    /** The rows a planned query returns, as boxed-value rows copied out of the collect sink. */
    static List<Row> collect(PlannedQuery query) throws Exception {
        List<Row> result = new ArrayList<>();
        Sink sink = new Sink() {
            @Override
            public SinkWriter createWriter(SinkContext context) {
                return (kind, row) -> result.add(row.copy());
            }
        };
        run(query.dataflow().apply(sink));
        return result;
    }

    static void run(Dataflow dataflow) throws Exception {
        List<List<Row>> outputs = new ArrayList<>();
        for (Vertex v : dataflow.vertices()) {
            List<Row> produced = new ArrayList<>();
            List<Row> inputs = new ArrayList<>();
            for (Edge e : dataflow.inputsOf(v.id())) {
                inputs.addAll(outputs.get(e.from() - 1));
            }
            for (int subtask = 0; subtask < v.parallelism(); subtask++) {
                runSubtask(v, subtask, subtask == 0 ? inputs : List.of(), produced);
            }
            outputs.add(produced);
        }
    }

    private static void runSubtask(Vertex v, int subtask, List<Row> inputs, List<Row> produced) throws Exception {
        List<Operator> operators = new ArrayList<>();
        for (OperatorSpec spec : v.chain()) {
            operators.add(spec.factory().get());
        }
        List<Output> outs = new ArrayList<>();
        Output last = (kind, row) -> produced.add(row.copy());
        for (int i = operators.size() - 1; i >= 0; i--) {
            Operator op = operators.get(i);
            Output next = i == operators.size() - 1 ? last : outs.get(0);
            outs.add(0, (kind, row) -> {
                try {
                    op.process(kind, row, next);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        Output head = outs.isEmpty() ? last : outs.get(0);
        OperatorContext context = new OperatorContext() {
            @Override
            public String jobId() {
                return "test";
            }

            @Override
            public String taskName() {
                return "weir-test-" + v.id() + "-" + subtask;
            }

            @Override
            public int subtaskIndex() {
                return subtask;
            }

            @Override
            public int parallelism() {
                return v.parallelism();
            }
        };
        for (Operator op : operators) {
            op.open(context);
        }
        try {
            if (v.isSource()) {
                try (SourceReader reader = v.source().createReader(new SourceContext("test", subtask, v.parallelism()))) {
                    reader.open();
                    while (reader.pollNext(head) != ReadStatus.END_OF_INPUT) {
                        continue;
                    }
                }
            } else {
                for (Row row : inputs) {
                    head.emit(ChangeKind.INSERT, row);
                }
            }
            for (int i = 0; i < operators.size(); i++) {
                operators.get(i).finish(i == operators.size() - 1 ? last : outs.get(i + 1));
            }
        } finally {
            for (Operator op : operators) {
                op.close();
            }
        }
    }
}
