package io.weir.runtime.checkpoint;

import java.time.Duration;
import java.util.Objects;

/**
 * What a job does when a task fails ({@code restart-strategy.type} and its options): restart from the latest
 * committed checkpoint after a delay, or fail for good.
 */
public sealed interface RestartStrategy {
    /**
     * The delay before restart number {@code attempt} (1 for the first restart), or {@code null} when the strategy
     * allows no more restarts and the job fails.
     *
     * @param attempt the restart about to happen, counted since the job started or since the strategy last reset
     */
    Duration delayBefore(int attempt);

    /** {@code none}: the first failure fails the job. */
    record None() implements RestartStrategy {
        @Override
        public Duration delayBefore(int attempt) {
            return null;
        }
    }

    /** {@code fixed-delay}: up to {@code attempts} restarts, each after {@code delay}. */
    record FixedDelay(int attempts, Duration delay) implements RestartStrategy {
        public FixedDelay {
            Objects.requireNonNull(delay, "delay");
            if (attempts < 0 || delay.isNegative()) {
                throw new IllegalArgumentException("attempts " + attempts + ", delay " + delay);
            }
        }

        @Override
        public Duration delayBefore(int attempt) {
            return attempt <= attempts ? delay : null;
        }
    }

    /**
     * {@code exponential-delay}: unlimited restarts unless {@code attempts} says otherwise, the delay starting at
     * {@code initialBackoff} and multiplied by {@code multiplier} each time up to {@code maxBackoff}.
     */
    record ExponentialDelay(Duration initialBackoff, Duration maxBackoff, double multiplier, int attempts)
            implements RestartStrategy {
        public ExponentialDelay {
            Objects.requireNonNull(initialBackoff, "initialBackoff");
            Objects.requireNonNull(maxBackoff, "maxBackoff");
            if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0 || multiplier < 1
                    || attempts < 0) {
                throw new IllegalArgumentException("initial " + initialBackoff + ", max " + maxBackoff
                        + ", multiplier " + multiplier + ", attempts " + attempts);
            }
        }

        @Override
        public Duration delayBefore(int attempt) {
            if (attempt > attempts) {
                return null;
            }
            double millis = initialBackoff.toMillis() * Math.pow(multiplier, attempt - 1);
            return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
        }
    }
}
