package io.weir.runtime.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorContext;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.state.ValueState;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperatorHarnessTest {
    /** Forwards every row, as operators may, in one reused output row. */
    private static final class Forward implements Operator {
        private final Row out = new Row(3);

        @Override
        public void process(ChangeKind kind, Row row, Output output) {
            out.copyFrom(row);
            output.emit(kind, out);
        }
    }

    /** Counts rows per key in a field instead of in keyed state: it forgets them at a checkpoint. */
    private static final class CountInAField implements Operator {
        private final Map<Object, Long> counts = new HashMap<>();
        private final Row out = new Row(2);

        @Override
        public void process(ChangeKind kind, Row row, Output output) {
            long count = counts.merge(row.getObject(0), 1L, Long::sum);
            out.setObject(0, row.getObject(0));
            out.setLong(1, count);
            output.emit(ChangeKind.INSERT, out);
        }
    }

    /** Keeps a Java list in a BYTES field of its state, which no checkpoint can store. */
    private static final class ListInABytesField implements Operator {
        private ValueState seen;

        @Override
        public void open(OperatorContext context) {
            seen = context.valueState("seen", RowType.of(List.of("values"),
                    List.of(DataType.of(TypeRoot.VARBINARY, DataType.MAX_LENGTH))));
        }

        @Override
        public void process(ChangeKind kind, Row row, Output output) {
            if (seen.value() == null) {
                seen.update(Row.of(new ArrayList<>()));
            }
        }
    }

    /** Emits each row's key with the watermark it was processed under, as an operator judging lateness does. */
    private static final class StampWithWatermark implements Operator {
        private final Row out = new Row(2);
        private OperatorContext context;

        @Override
        public void open(OperatorContext ctx) {
            context = ctx;
        }

        @Override
        public void process(ChangeKind kind, Row row, Output output) {
            out.setObject(0, row.getObject(0));
            out.setLong(1, context.timers().currentWatermark());
            output.emit(kind, out);
        }
    }

    private static OperatorHarness harness() {
        return OperatorHarness.of(Forward::new, OperatorHarness.unkeyed(), "s STRING, d DOUBLE, ts TIMESTAMP(3)");
    }

    @Test
    void itPrintsOutputAsThePrintConnectorDoesAndCopiesReusedRows() {
        harness().input("+I[a, 1.5, 2024-01-01 10:00:00]", "-D[NULL, 2.0, 0]")
                .expect("+I[a, 1.5, 2024-01-01 10:00:00.000]", "-D[NULL, 2.0, 1970-01-01 00:00:00.000]");
    }

    @Test
    void expectFailsNamingBothOutputsWhenTheyDiffer() {
        OperatorHarness h = harness().input("+I[a, 1.5, 0]");

        assertThatThrownBy(() -> h.expect("+I[b, 1.5, 1970-01-01 00:00:00.000]"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected: [+I[b")
                .hasMessageContaining("actual:   [+I[a");
    }

    @Test
    void anOperatorThatKeepsStateOutsideKeyedStateFailsTheCheckpointedModeNamingIt() {
        OperatorHarness h = OperatorHarness.of(CountInAField::new, OperatorHarness.keyedOn("k"), "k STRING")
                .outputType("k STRING, n BIGINT")
                .input("+I[a]")
                .expect("+I[a, 1]")
                .input("+I[a]");

        assertThatThrownBy(() -> h.expect("+I[a, 2]"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("mode 'checkpoint and restore into a fresh instance after every batch'")
                .hasMessageContaining("actual:   [+I[a, 1]]");
    }

    @Test
    void aStateFieldNoCheckpointCanStoreFailsTheReplayNamingModeStateAndField() {
        OperatorHarness h = OperatorHarness.of(ListInABytesField::new, OperatorHarness.keyedOn("k"), "k STRING");

        assertThatThrownBy(() -> h.input("+I[a]"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("mode 'checkpoint and restore into a fresh instance after every batch'")
                .hasMessageContaining("state 'seen'")
                .hasMessageContaining("field 'values' of type BYTES holds a java.util.ArrayList");
    }

    @Test
    void aRestoredInstanceJudgesRowsUnderTheWatermarkItWasCheckpointedAt() {
        OperatorHarness.of(StampWithWatermark::new, OperatorHarness.keyedOn("k"), "k STRING")
                .outputType("k STRING, watermark BIGINT")
                .watermark(5)
                .input("+I[a]", "+I[b]", "+I[c]")
                .expect("+I[a, 5]", "+I[b, 5]", "+I[c, 5]");
    }

    @Test
    void itForwardsOnlyAdvancingWatermarksAndKeepsTheScript() {
        OperatorHarness h = harness().watermark(5).watermark(3).watermark(7);

        assertThat(h.outputWatermarks()).containsExactly(5L, 7L);
        assertThat(h.steps()).hasSize(3);
    }
}
