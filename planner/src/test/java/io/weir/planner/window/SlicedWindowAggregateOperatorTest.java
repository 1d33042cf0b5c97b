package io.weir.planner.window;

import static io.weir.runtime.testing.OperatorHarness.keyedOn;
import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.internal.state.Timer;
import io.weir.runtime.operator.TimeDomain;
import io.weir.runtime.testing.OperatorHarness;
import org.junit.jupiter.api.Test;

/** The sliced path of {@link WindowAggregateOperator}: TUMBLE, and HOP and CUMULATE windows made of whole steps. */
class SlicedWindowAggregateOperatorTest {
    private static final String INPUT = "item STRING, price BIGINT, ts BIGINT";
    private static final String OUTPUT = "item STRING, cnt BIGINT, total BIGINT, ws BIGINT, we BIGINT, wt BIGINT";

    private static OperatorHarness harness(WindowSpec spec) {
        return OperatorHarness.of(() -> new WindowAggregateOperator(spec, new CountAndSumAggregator(1), 1),
                keyedOn("item"), INPUT).outputType(OUTPUT);
    }

    private static long sliceKeys(OperatorHarness harness) {
        return harness.state().states().get("slices").keyCount();
    }

    @Test
    void aHoppingWindowEmitsEveryWindowOfAKeyThatStopsReceivingRows() {
        OperatorHarness harness = harness(WindowSpec.hop(2, 6, 0, 2, TimeDomain.EVENT_TIME))
                .input("+I[a, 5, 3]", "+I[b, 1, 20]")
                .watermark(3).expect("+I[a, 1, 5, -2, 4, 3]")
                .watermark(5).expect("+I[a, 1, 5, 0, 6, 5]")
                .watermark(7).expect("+I[a, 1, 5, 2, 8, 7]")
                .watermark(15).expect()
                .endInput().expect("+I[b, 1, 1, 16, 22, 21]", "+I[b, 1, 1, 18, 24, 23]", "+I[b, 1, 1, 20, 26, 25]");
        assertThat(sliceKeys(harness)).isZero();
        assertThat(harness.timerService().eventTimeTimers()).isEmpty();
    }

    @Test
    void aHoppingWindowMergesTheSlicesItCovers() {
        harness(WindowSpec.hop(2, 6, 0, 2, TimeDomain.EVENT_TIME))
                .input("+I[a, 1, 1]", "+I[a, 2, 3]", "+I[a, 4, 5]", "+I[a, 8, 7]")
                .watermark(5).expect("+I[a, 1, 1, -4, 2, 1]", "+I[a, 2, 3, -2, 4, 3]", "+I[a, 3, 7, 0, 6, 5]")
                .endInput().expect("+I[a, 3, 14, 2, 8, 7]", "+I[a, 2, 12, 4, 10, 9]", "+I[a, 1, 8, 6, 12, 11]");
    }

    @Test
    void aKeyOfAHoppingWindowHoldsOneTimerWhateverTheNumberOfItsWindows() {
        OperatorHarness harness = harness(WindowSpec.hop(2, 10, 0, 2, TimeDomain.EVENT_TIME))
                .input("+I[a, 1, 1]", "+I[a, 1, 3]", "+I[a, 1, 5]", "+I[b, 1, 9]");
        assertThat(harness.timerService().eventTimeTimers()).extracting(Timer::timestamp).containsExactly(1L, 9L);
    }

    @Test
    void aLateRowContributesOnlyToTheWindowsThatHaveNotFired() {
        OperatorHarness harness = harness(WindowSpec.hop(2, 6, 0, 2, TimeDomain.EVENT_TIME))
                .input("+I[a, 1, 9]")
                .watermark(5).expect()
                .input("+I[a, 10, 3]")
                .watermark(7).expect("+I[a, 1, 10, 2, 8, 7]")
                .endInput().expect("+I[a, 1, 1, 4, 10, 9]", "+I[a, 1, 1, 6, 12, 11]", "+I[a, 1, 1, 8, 14, 13]");
        assertThat(harness.counters()).containsEntry("lateRecordsDropped", 0L);
    }

    @Test
    void aRowWhoseHoppingWindowsHaveAllFiredIsDroppedAndCounted() {
        OperatorHarness harness = harness(WindowSpec.hop(2, 6, 0, 2, TimeDomain.EVENT_TIME))
                .input("+I[a, 1, 9]")
                .watermark(7)
                .input("+I[a, 10, 1]")
                .endInput().expect("+I[a, 1, 1, 4, 10, 9]", "+I[a, 1, 1, 6, 12, 11]", "+I[a, 1, 1, 8, 14, 13]");
        assertThat(harness.counters()).containsEntry("lateRecordsDropped", 1L);
    }

    @Test
    void aCumulatingWindowEmitsEveryStepWindowOfAKeyThatStopsReceivingRows() {
        harness(WindowSpec.cumulate(2, 6, 0, 2, TimeDomain.EVENT_TIME))
                .input("+I[a, 3, 1]")
                .watermark(1).expect("+I[a, 1, 3, 0, 2, 1]")
                .watermark(3).expect("+I[a, 1, 3, 0, 4, 3]")
                .input("+I[a, 1, 7]")
                .watermark(5).expect("+I[a, 1, 3, 0, 6, 5]")
                .endInput().expect("+I[a, 1, 1, 6, 8, 7]", "+I[a, 1, 1, 6, 10, 9]", "+I[a, 1, 1, 6, 12, 11]");
    }

    @Test
    void aTumblingWindowAcceptsRowsOfAnEarlierWindowAfterThoseOfALaterOne() {
        OperatorHarness harness = harness(WindowSpec.tumble(10, 0, 2, TimeDomain.EVENT_TIME))
                .input("+I[a, 1, 25]", "+I[a, 2, 15]", "+I[a, 4, 5]", "+I[a, 8, 16]")
                .watermark(9).expect("+I[a, 1, 4, 0, 10, 9]")
                .watermark(19).expect("+I[a, 2, 10, 10, 20, 19]")
                .watermark(29).expect("+I[a, 1, 1, 20, 30, 29]");
        assertThat(sliceKeys(harness)).isZero();
    }

    @Test
    void processingTimeHoppingWindowsFireOnTheClock() {
        harness(WindowSpec.hop(5, 10, 0, 2, TimeDomain.PROCESSING_TIME))
                .processingTime(3)
                .input("+I[a, 1, 999]")
                .processingTime(4).expect("+I[a, 1, 1, -5, 5, 4]")
                .processingTime(7)
                .input("+I[a, 2, 999]")
                .processingTime(9).expect("+I[a, 2, 3, 0, 10, 9]")
                .processingTime(14).expect("+I[a, 1, 2, 5, 15, 14]");
    }
}
