package io.weir.runtime.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JobOptionsTest {
    @Test
    void theDefaultsAre128KeyGroupsAndNoIdleness() {
        assertThat(JobOptions.defaults()).isEqualTo(new JobOptions(128, Duration.ZERO));
    }

    @Test
    void keyGroupsOutsideTheirBoundsAreRejected() {
        assertThatThrownBy(() -> new JobOptions(0, Duration.ZERO)).hasMessageContaining("maxParallelism");
        assertThatThrownBy(() -> new JobOptions(32769, Duration.ZERO)).hasMessageContaining("maxParallelism");
    }

    @Test
    void aNegativeIdleTimeoutIsRejected() {
        assertThatThrownBy(() -> JobOptions.defaults().withSourceIdleTimeout(Duration.ofSeconds(-1)))
                .hasMessageContaining("sourceIdleTimeout");
    }
}
