package io.weir.runtime.internal.state;

import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.Output;
import io.weir.runtime.operator.TimeDomain;
import io.weir.runtime.state.TimerService;
import java.time.InstantSource;
import java.util.List;

/**
 * The timers of one operator instance on the heap, and the operator's view of time: its input watermark and the
 * engine's clock. The task drives it: {@link #advanceWatermark} before the operator sees a watermark, and
 * {@link #fireProcessingTimers} from its loop when {@link #nextProcessingTime} has passed. Used by one thread.
 */
public final class HeapTimerService implements TimerService {
    private final KeyedStateBackend backend;
    private final InstantSource clock;
    private final TimerQueue eventTime;
    private final TimerQueue processingTime;
    private long watermark = Long.MIN_VALUE;

    public HeapTimerService(KeyedStateBackend backend, InstantSource clock) {
        this.backend = backend;
        this.clock = clock;
        this.eventTime = new TimerQueue(backend.versions());
        this.processingTime = new TimerQueue(backend.versions());
    }

    @Override
    public long currentWatermark() {
        return watermark;
    }

    @Override
    public long currentProcessingTime() {
        return clock.millis();
    }

    @Override
    public void registerEventTimeTimer(long timestamp) {
        eventTime.register(backend, timestamp);
    }

    @Override
    public void deleteEventTimeTimer(long timestamp) {
        eventTime.delete(backend, timestamp);
    }

    @Override
    public void registerProcessingTimeTimer(long timestamp) {
        processingTime.register(backend, timestamp);
    }

    @Override
    public void deleteProcessingTimeTimer(long timestamp) {
        processingTime.delete(backend, timestamp);
    }

    /**
     * Takes {@code newWatermark} as the operator's watermark and fires, in timestamp order, every event-time timer at
     * or before it, each with its key as the current key; a timer registered while firing fires too if it is due.
     */
    public void advanceWatermark(long newWatermark, Operator operator, Output out) throws Exception {
        if (newWatermark > watermark) {
            watermark = newWatermark;
        }
        Timer timer;
        while ((timer = eventTime.pollDue(watermark)) != null) {
            backend.setCurrentKey(timer.key, timer.keyGroup);
            operator.onTimer(timer.timestamp, TimeDomain.EVENT_TIME, out);
        }
    }

    /** The earliest processing-time timer's timestamp, or {@code Long.MAX_VALUE} if none. */
    public long nextProcessingTime() {
        return processingTime.nextTimestamp();
    }

    /** Fires, in timestamp order, every processing-time timer at or before {@code now}. */
    public void fireProcessingTimers(long now, Operator operator, Output out) throws Exception {
        Timer timer;
        while ((timer = processingTime.pollDue(now)) != null) {
            backend.setCurrentKey(timer.key, timer.keyGroup);
            operator.onTimer(timer.timestamp, TimeDomain.PROCESSING_TIME, out);
        }
    }

    /** The queued timers of {@code domain} for a snapshot just taken; see {@link TimerQueue#snapshot()}. */
    Timer[] snapshotTimers(TimeDomain domain) {
        return domain == TimeDomain.EVENT_TIME ? eventTime.snapshot() : processingTime.snapshot();
    }

    /** The timers of {@code domain} deleted or fired since the last committed checkpoint; see {@link RemovalLog}. */
    RemovalLog removals(TimeDomain domain) {
        return domain == TimeDomain.EVENT_TIME ? eventTime.removals() : processingTime.removals();
    }

    /** The live event-time timers in timestamp order; for tests. */
    public List<Timer> eventTimeTimers() {
        return eventTime.timers();
    }

    /** The live processing-time timers in timestamp order; for tests. */
    public List<Timer> processingTimeTimers() {
        return processingTime.timers();
    }
}
