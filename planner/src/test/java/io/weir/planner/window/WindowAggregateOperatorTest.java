package io.weir.planner.window;

import static io.weir.runtime.testing.OperatorHarness.keyedOn;
import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.operator.TimeDomain;
import io.weir.runtime.testing.OperatorHarness;
import org.junit.jupiter.api.Test;

class WindowAggregateOperatorTest {
    private static final String INPUT = "item STRING, price BIGINT, ts BIGINT";
    private static final String OUTPUT = "item STRING, cnt BIGINT, total BIGINT, ws BIGINT, we BIGINT, wt BIGINT";

    private static OperatorHarness harness(WindowSpec spec) {
        return OperatorHarness.of(() -> new WindowAggregateOperator(spec, new CountAndSumAggregator(1), 1),
                keyedOn("item"), INPUT).outputType(OUTPUT);
    }

    @Test
    void aTumblingWindowFiresWhenTheWatermarkReachesItsLastMillisecond() {
        harness(WindowSpec.tumble(10, 0, 2, TimeDomain.EVENT_TIME))
                .input("+I[a, 1, 1]", "+I[a, 2, 9]", "+I[b, 5, 3]", "+I[a, 4, 10]")
                .watermark(8).expect()
                .watermark(9).expect("+I[a, 2, 3, 0, 10, 9]", "+I[b, 1, 5, 0, 10, 9]")
                .endInput().expect("+I[a, 1, 4, 10, 20, 19]");
    }

    @Test
    void aTumblingWindowWithAnOffsetStartsAtTheOffset() {
        harness(WindowSpec.tumble(10, 3, 2, TimeDomain.EVENT_TIME))
                .input("+I[a, 1, 2]", "+I[a, 1, 3]", "+I[a, 1, 12]")
                .endInput().expect("+I[a, 1, 1, -7, 3, 2]", "+I[a, 2, 2, 3, 13, 12]");
    }

    @Test
    void aHoppingWindowAssignsEachRowToSizeBySlideWindows() {
        harness(WindowSpec.hop(5, 10, 0, 2, TimeDomain.EVENT_TIME))
                .input("+I[a, 1, 7]")
                .endInput().expect("+I[a, 1, 1, 0, 10, 9]", "+I[a, 1, 1, 5, 15, 14]");
    }

    @Test
    void aHoppingWindowWhoseSizeIsNotAMultipleOfItsSlideKeepsOneAccumulatorPerWindow() {
        OperatorHarness harness = harness(WindowSpec.hop(4, 10, 0, 2, TimeDomain.EVENT_TIME))
                .input("+I[a, 1, 7]", "+I[a, 2, 9]");
        assertThat(harness.state().states()).containsOnlyKeys("windows");
        harness.endInput().expect("+I[a, 2, 3, 0, 10, 9]", "+I[a, 2, 3, 4, 14, 13]", "+I[a, 1, 2, 8, 18, 17]");
    }

    @Test
    void aCumulatingWindowEmitsEachGrowingWindowOfItsPeriod() {
        harness(WindowSpec.cumulate(5, 15, 0, 2, TimeDomain.EVENT_TIME))
                .input("+I[a, 1, 2]", "+I[a, 2, 7]", "+I[a, 4, 12]")
                .watermark(4).expect("+I[a, 1, 1, 0, 5, 4]")
                .watermark(9).expect("+I[a, 2, 3, 0, 10, 9]")
                .watermark(14).expect("+I[a, 3, 7, 0, 15, 14]");
    }

    @Test
    void rowsOfFiredWindowsAreDroppedAndCounted() {
        OperatorHarness harness = harness(WindowSpec.tumble(10, 0, 2, TimeDomain.EVENT_TIME))
                .input("+I[a, 1, 1]")
                .watermark(12).expect("+I[a, 1, 1, 0, 10, 9]")
                .input("+I[a, 7, 5]", "+I[a, 2, 15]")
                .endInput().expect("+I[a, 1, 2, 10, 20, 19]");
        assertThat(harness.counters()).containsEntry("lateRecordsDropped", 1L);
    }

    @Test
    void sessionsThatOverlapOrTouchMergeIntoOneWindow() {
        harness(WindowSpec.session(5, 2, TimeDomain.EVENT_TIME))
                .input("+I[a, 1, 0]", "+I[a, 2, 10]", "+I[a, 4, 5]", "+I[b, 8, 1]", "+I[a, 16, 30]")
                .endInput()
                .expect("+I[b, 1, 8, 1, 6, 5]", "+I[a, 3, 7, 0, 15, 14]", "+I[a, 1, 16, 30, 35, 34]");
    }

    @Test
    void aSessionExtendedBeyondTheWatermarkStillAcceptsRows() {
        OperatorHarness harness = harness(WindowSpec.session(5, 2, TimeDomain.EVENT_TIME))
                .input("+I[a, 1, 10]")
                .watermark(12)
                .input("+I[a, 2, 6]", "+I[a, 4, 0]")
                .endInput().expect("+I[a, 2, 3, 6, 15, 14]");
        assertThat(harness.counters()).containsEntry("lateRecordsDropped", 1L);
    }

    @Test
    void processingTimeWindowsFireOnTheClock() {
        harness(WindowSpec.tumble(10, 0, 2, TimeDomain.PROCESSING_TIME))
                .processingTime(3)
                .input("+I[a, 1, 999]", "+I[a, 2, 999]")
                .processingTime(12).expect("+I[a, 2, 3, 0, 10, 9]");
    }
}
