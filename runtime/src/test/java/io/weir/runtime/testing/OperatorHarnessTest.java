package io.weir.runtime.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
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
    void itForwardsOnlyAdvancingWatermarksAndKeepsTheScript() {
        OperatorHarness h = harness().watermark(5).watermark(3).watermark(7);

        assertThat(h.outputWatermarks()).containsExactly(5L, 7L);
        assertThat(h.steps()).hasSize(3);
    }
}
