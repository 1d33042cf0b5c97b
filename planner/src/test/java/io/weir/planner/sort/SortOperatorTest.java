package io.weir.planner.sort;

import static io.weir.runtime.testing.OperatorHarness.keyedOn;

import io.weir.runtime.testing.OperatorHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

class SortOperatorTest {
    private static final String INPUT = "item STRING, price DECIMAL(10, 2), qty INT, e INT";
    private static final String OUTPUT = "item STRING, price DECIMAL(10, 2), qty INT";

    private static OperatorHarness sort(List<SortKey> keys, Limit limit) {
        return OperatorHarness.of(() -> new SortOperator(keys, io.weir.runtime.testing.RowText.parseColumns(INPUT),
                limit), keyedOn("e"), INPUT).outputType(OUTPUT);
    }

    @Test
    void rowsAreHeldUntilTheInputEndsThenEmittedInOrder() {
        sort(List.of(new SortKey(1, false, true)), Limit.NONE)
                .input("+I[pen, 3.00, 1, 0]", "+I[book, 12.50, 2, 0]")
                .expect()
                .input("+I[lamp, 0.99, 5, 0]")
                .expect()
                .endInput()
                .expect("+I[lamp, 0.99, 5]", "+I[pen, 3.00, 1]", "+I[book, 12.50, 2]");
    }

    @Test
    void aSecondKeyBreaksTiesOfTheFirstAndNullsGoWhereTheKeySays() {
        sort(List.of(new SortKey(2, true, false), new SortKey(0, false, true)), Limit.NONE)
                .input("+I[pen, 3.00, NULL, 0]", "+I[book, 1.00, 2, 0]", "+I[NULL, 2.00, 2, 0]", "+I[axe, 9.00, 7, 0]")
                .endInput()
                .expect("+I[axe, 9.00, 7]", "+I[NULL, 2.00, 2]", "+I[book, 1.00, 2]", "+I[pen, 3.00, NULL]");
    }

    @Test
    void offsetAndFetchCutTheSortedRows() {
        sort(List.of(new SortKey(2, false, true)), new Limit(1, 2))
                .input("+I[a, 1.00, 4, 0]", "+I[b, 1.00, 1, 0]", "+I[c, 1.00, 3, 0]", "+I[d, 1.00, 2, 0]")
                .endInput()
                .expect("+I[d, 1.00, 2]", "+I[c, 1.00, 3]");
    }

    @Test
    void anEmptyInputEmitsNothing() {
        sort(List.of(new SortKey(0, false, true)), Limit.NONE).endInput().expect();
    }
}
