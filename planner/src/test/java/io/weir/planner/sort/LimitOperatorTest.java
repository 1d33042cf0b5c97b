package io.weir.planner.sort;

import static io.weir.runtime.testing.OperatorHarness.keyedOn;

import io.weir.runtime.testing.OperatorHarness;
import org.junit.jupiter.api.Test;

class LimitOperatorTest {
    private static OperatorHarness limit(Limit limit) {
        return OperatorHarness.of(() -> new LimitOperator(limit, 2), keyedOn("e"), "item STRING, e INT")
                .outputType("item STRING");
    }

    @Test
    void rowsAfterTheOffsetPassAsTheyArriveUntilTheFetchIsReached() {
        limit(new Limit(1, 2))
                .input("+I[a, 0]", "+I[b, 0]")
                .expect("+I[b]")
                .input("+I[c, 0]", "+I[d, 0]")
                .expect("+I[c]")
                .endInput()
                .expect();
    }

    @Test
    void aLimitWithoutOffsetPassesTheFirstRows() {
        limit(new Limit(0, 1))
                .input("+I[a, 0]", "+I[b, 0]")
                .expect("+I[a]");
    }
}
