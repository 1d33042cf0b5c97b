package io.weir.runtime.state;

/**
 * Time as an operator sees it, and its timers. Timers belong to the current key and are deduplicated per key and
 * timestamp: registering one twice fires it once. A fired timer calls
 * {@link io.weir.runtime.operator.Operator#onTimer} with that key as the current key.
 *
 * <p>Event-time timers fire, in timestamp order, when the operator's input watermark reaches them (timestamp &lt;=
 * watermark), before that watermark is passed to {@link io.weir.runtime.operator.Operator#watermark}; the final
 * watermark of a bounded input (+∞) fires every one left. Processing-time timers fire from the task's own thread,
 * between input batches (never concurrently with {@code process}), once the engine's clock passes them; those still
 * pending when the input ends do not fire.
 */
public interface TimerService {
    /** The operator's input watermark in milliseconds; {@code Long.MIN_VALUE} before the first one. */
    long currentWatermark();

    /** The engine clock's time in milliseconds since the epoch. */
    long currentProcessingTime();

    void registerEventTimeTimer(long timestamp);

    /** Deletes the current key's event-time timer at {@code timestamp}, if any. */
    void deleteEventTimeTimer(long timestamp);

    void registerProcessingTimeTimer(long timestamp);

    void deleteProcessingTimeTimer(long timestamp);
}
