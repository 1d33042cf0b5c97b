package io.weir.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.checkpoint.CheckpointKind;
import io.weir.runtime.checkpoint.CheckpointingMode;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.job.RestorePlan;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact text of EXPLAIN's restore section. */
class RestoreCheckTest {
    private static final CompletedCheckpoint CHECKPOINT = new CompletedCheckpoint("0123abcd", 7,
            CheckpointKind.CHECKPOINT, CheckpointingMode.EXACTLY_ONCE, 128, "/data/checkpoints/0123abcd/7",
            Instant.EPOCH, Instant.EPOCH, List.of());

    @Test
    void restoredNewAndUnclaimedStateEachGetALineAndTheLastSaysWhetherTheInsertWouldFail() {
        RestorePlan plan = new RestorePlan(CHECKPOINT, List.of(
                new RestorePlan.OperatorState("Source: datagen[ids]", "1-source",
                        new RestorePlan.StateOf("1-source", List.of("positions"), 1, 812)),
                new RestorePlan.OperatorState("GroupAggregate", "groupaggregate-2b", null)),
                List.of(new RestorePlan.StateOf("groupaggregate-1a", List.of("acc", "count"), 20, 3100)));

        assertThat(RestoreCheck.describe(plan, false)).isEqualTo("""
                == State Restore ==
                from checkpoint 7 of job '0123abcd' at '/data/checkpoints/0123abcd/7'
                Source: datagen[ids]: restored from '/data/checkpoints/0123abcd/7' (1-source, states positions, \
                1 rows, 812 bytes)
                GroupAggregate: new (empty state; uid groupaggregate-2b)
                unclaimed: groupaggregate-1a, states acc, count, 20 rows, 3100 bytes
                'execution.state-recovery.ignore-unclaimed-state' is false: this INSERT would fail; set it to \
                'true' to drop the unclaimed state""");
    }

    @Test
    void withIgnoreUnclaimedStateTheLastLineSaysTheStateIsDropped() {
        RestorePlan plan = new RestorePlan(CHECKPOINT, List.of(),
                List.of(new RestorePlan.StateOf("groupaggregate-1a", List.of("acc"), 20, 3100)));

        assertThat(RestoreCheck.describe(plan, true).lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("'execution.state-recovery.ignore-unclaimed-state' is true: the unclaimed state is dropped");
    }
}
