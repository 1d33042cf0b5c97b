package io.weir.runtime.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EngineOptionsTest {
    @Test
    void theDefaultsAreBatchesOf1024RowsAndChannelsOf8Batches() {
        assertThat(EngineOptions.defaults()).isEqualTo(new EngineOptions(1024, 8));
    }

    @Test
    void anEmptyBatchOrChannelIsRejected() {
        assertThatThrownBy(() -> new EngineOptions(0, 8)).hasMessageContaining("batchSizeRows");
        assertThatThrownBy(() -> new EngineOptions(1024, 0)).hasMessageContaining("channelCapacityBatches");
    }
}
