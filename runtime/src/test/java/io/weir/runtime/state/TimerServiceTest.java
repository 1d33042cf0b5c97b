package io.weir.runtime.state;

import static io.weir.runtime.testing.OperatorHarness.keyedOn;
import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.testing.OperatorHarness;
import org.junit.jupiter.api.Test;

class TimerServiceTest {
    private static OperatorHarness harness() {
        return OperatorHarness.of(TestKeyedOperators.TimerOperator::new, keyedOn("k"), "k STRING, t BIGINT, op STRING")
                .outputType("k STRING, t BIGINT, what STRING");
    }

    @Test
    void eventTimeTimersFireInTimestampOrderBeforeTheWatermarkThatReachedThem() {
        harness()
                .input("+I[a, 30, reg]", "+I[b, 10, reg]", "+I[a, 20, reg]", "+I[c, 50, reg]")
                .watermark(5)
                .expect("+I[-, 5, WATERMARK]")
                .watermark(30)
                .expect("+I[b, 10, EVENT_TIME]", "+I[a, 20, EVENT_TIME]", "+I[a, 30, EVENT_TIME]",
                        "+I[-, 30, WATERMARK]");
    }

    @Test
    void aTimerRegisteredTwiceForOneKeyFiresOnce() {
        harness()
                .input("+I[a, 10, reg]", "+I[a, 10, reg]", "+I[b, 10, reg]")
                .watermark(10)
                .expect("+I[a, 10, EVENT_TIME]", "+I[b, 10, EVENT_TIME]", "+I[-, 10, WATERMARK]");
    }

    @Test
    void aDeletedTimerDoesNotFireAndOnlyThatKeysTimerIsDeleted() {
        harness()
                .input("+I[a, 10, reg]", "+I[b, 10, reg]", "+I[a, 10, del]")
                .watermark(20)
                .expect("+I[b, 10, EVENT_TIME]", "+I[-, 20, WATERMARK]");
    }

    @Test
    void aTimerDeletedThenRegisteredAgainFiresOnce() {
        harness()
                .input("+I[a, 10, reg]", "+I[a, 10, del]", "+I[a, 10, reg]")
                .watermark(20)
                .expect("+I[a, 10, EVENT_TIME]", "+I[-, 20, WATERMARK]");
    }

    @Test
    void theFinalWatermarkFiresEveryEventTimeTimerLeft() {
        harness()
                .input("+I[a, 1000000, reg]")
                .endInput()
                .expect("+I[a, 1000000, EVENT_TIME]", "+I[-, " + Long.MAX_VALUE + ", WATERMARK]");
    }

    @Test
    void processingTimeTimersFireWhenTheClockPassesThem() {
        OperatorHarness h = harness()
                .input("+I[a, 100, preg]", "+I[b, 50, preg]", "+I[a, 200, preg]", "+I[a, 200, pdel]")
                .processingTime(49)
                .expect()
                .processingTime(150)
                .expect("+I[b, 50, PROCESSING_TIME]", "+I[a, 100, PROCESSING_TIME]")
                .processingTime(1000)
                .expect();

        assertThat(h.firedTimers()).extracting(OperatorHarness.FiredTimer::toString)
                .containsExactly("PROCESSING_TIME@50Row[b]", "PROCESSING_TIME@100Row[a]");
    }

    @Test
    void theWatermarkATimerSeesIsTheOneThatFiredIt() {
        OperatorHarness h = harness().input("+I[a, 10, reg]").watermark(15);

        assertThat(h.context().timers().currentWatermark()).isEqualTo(15);
    }
}
