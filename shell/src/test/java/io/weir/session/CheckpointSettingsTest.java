package io.weir.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.checkpoint.CheckpointOptions;
import io.weir.runtime.checkpoint.CheckpointingMode;
import io.weir.runtime.checkpoint.RestartStrategy;
import io.weir.runtime.job.JobOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CheckpointSettingsTest {
    private final SessionOptions options = new SessionOptions(new SessionConfig(Path.of("data"), 2, ZoneId.of("UTC")));

    @Test
    void checkpointingIsOffAndJobsDoNotRestartUnlessAnIntervalIsSet() {
        JobOptions job = options.jobOptions();
        assertThat(job.checkpointing().isEnabled()).isFalse();
        assertThat(job.restartStrategy()).isEqualTo(new RestartStrategy.None());
    }

    @Test
    void everyCheckpointingOptionReachesTheJobUnderFlinksName() {
        options.set("execution.checkpointing.interval", "1 s");
        options.set("execution.checkpointing.mode", "EXACTLY_ONCE");
        options.set("execution.checkpointing.unaligned.enabled", "true");
        options.set("execution.checkpointing.aligned-checkpoint-timeout", "200 ms");
        options.set("execution.checkpointing.timeout", "30 s");
        options.set("execution.checkpointing.min-pause", "100 ms");
        options.set("execution.checkpointing.max-concurrent-checkpoints", "2");
        options.set("execution.checkpointing.tolerable-failed-checkpoints", "3");
        options.set("execution.checkpointing.num-retained", "4");
        options.set("execution.checkpointing.incremental", "true");

        assertThat(options.jobOptions().checkpointing()).isEqualTo(new CheckpointOptions(Duration.ofSeconds(1),
                CheckpointingMode.EXACTLY_ONCE, true, Duration.ofMillis(200), Duration.ofSeconds(30),
                Duration.ofMillis(100), 2, 3, 4, true));
    }

    @Test
    void checkpointsAreFullUnlessIncrementalIsSetAsInFlink() {
        options.set("execution.checkpointing.interval", "1 s");
        assertThat(options.jobOptions().checkpointing().incremental()).isFalse();
    }

    @Test
    void anIncrementalValueThatIsNoBooleanIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> options.set("execution.checkpointing.incremental", "sometimes"))
                .hasMessageContaining("'execution.checkpointing.incremental'")
                .hasMessageContaining("'sometimes'");
    }

    @Test
    void aCheckpointedJobRestartsWithExponentialDelayByDefaultAsInFlink() {
        options.set("execution.checkpointing.interval", "10 s");
        assertThat(options.jobOptions().restartStrategy()).isEqualTo(new RestartStrategy.ExponentialDelay(
                Duration.ofSeconds(1), Duration.ofMinutes(1), 1.5, Integer.MAX_VALUE));
    }

    @Test
    void fixedDelayTakesItsAttemptsAndDelay() {
        options.set("restart-strategy.type", "fixed-delay");
        options.set("restart-strategy.fixed-delay.attempts", "3");
        options.set("restart-strategy.fixed-delay.delay", "50 ms");
        RestartStrategy strategy = options.jobOptions().restartStrategy();
        assertThat(strategy).isEqualTo(new RestartStrategy.FixedDelay(3, Duration.ofMillis(50)));
        assertThat(strategy.delayBefore(3)).isEqualTo(Duration.ofMillis(50));
        assertThat(strategy.delayBefore(4)).isNull();
    }

    @Test
    void aWrongModeIsRejectedNamingTheOptionAndTheAcceptedValues() {
        assertThatThrownBy(() -> options.set("execution.checkpointing.mode", "EXACTLY_TWICE"))
                .hasMessage("Invalid value 'EXACTLY_TWICE' for option 'execution.checkpointing.mode'; expected "
                        + "'EXACTLY_ONCE' or 'AT_LEAST_ONCE'");
        assertThat(options.all()).doesNotContainKey("execution.checkpointing.mode");
    }

    @Test
    void aWrongRestartStrategyIsRejectedNamingTheAcceptedTypes() {
        assertThatThrownBy(() -> options.set("restart-strategy.type", "sometimes"))
                .hasMessage("Invalid value 'sometimes' for option 'restart-strategy.type'; expected 'none', "
                        + "'fixed-delay' or 'exponential-delay'");
    }

    @Test
    void wrongNumbersAndDurationsAreRejected() {
        assertThatThrownBy(() -> options.set("execution.checkpointing.interval", "often"))
                .hasMessageStartingWith("Invalid value 'often' for option 'execution.checkpointing.interval'");
        assertThatThrownBy(() -> options.set("execution.checkpointing.num-retained", "0"))
                .hasMessage("Invalid value '0' for option 'execution.checkpointing.num-retained'; expected an integer "
                        + "from 1 to 2147483647");
        assertThatThrownBy(() -> options.set("execution.checkpointing.timeout", "0 s"))
                .hasMessage("Invalid value '0 s' for option 'execution.checkpointing.timeout'; expected a duration "
                        + "greater than zero");
        assertThatThrownBy(() -> options.set("restart-strategy.exponential-delay.backoff-multiplier", "0.5"))
                .hasMessageContaining("expected a number of at least 1");
    }

    @Test
    void unalignedCheckpointsInAtLeastOnceModeAreRejectedWhenTheJobStarts() {
        options.set("execution.checkpointing.interval", "1 s");
        options.set("execution.checkpointing.mode", "AT_LEAST_ONCE");
        options.set("execution.checkpointing.unaligned.enabled", "true");
        assertThatThrownBy(options::jobOptions)
                .hasMessageContaining("'execution.checkpointing.unaligned.enabled'")
                .hasMessageContaining("unaligned checkpoints are exactly-once");
    }
}
