package io.weir.runtime.internal.task;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputWatermarksTest {
    @Test
    void theWatermarkIsTheMinimumOverChannelsThatAreNeitherIdleNorEnded() {
        InputWatermarks w = new InputWatermarks(3);
        w.watermark(0, 10);
        w.watermark(1, 20);
        assertThat(w.current()).isEqualTo(Long.MIN_VALUE);
        w.idle(2);
        assertThat(w.current()).isEqualTo(10);
        w.ended(0);
        assertThat(w.current()).isEqualTo(20);
    }

    @Test
    void whenEveryRunningChannelIsIdleTheWatermarkHolds() {
        InputWatermarks w = new InputWatermarks(2);
        w.watermark(0, 10);
        w.watermark(1, 5);
        w.idle(1);
        w.ended(0);

        assertThat(w.current()).isEqualTo(10);
        assertThat(w.isIdle()).isTrue();
        assertThat(w.allEnded()).isFalse();
    }

    @Test
    void aChannelThatRejoinsBehindTheWatermarkDoesNotMoveItBack() {
        InputWatermarks w = new InputWatermarks(2);
        w.watermark(0, 100);
        w.idle(1);
        w.active(1);
        w.watermark(1, 50);
        w.watermark(0, 200);

        assertThat(w.current()).isEqualTo(100);
        w.watermark(1, 300);
        assertThat(w.current()).isEqualTo(200);
    }
}
