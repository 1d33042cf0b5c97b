package io.weir.planner.window;

import io.weir.runtime.operator.TimeDomain;
import java.util.Objects;

/**
 * How rows are assigned to windows: the kind, its sizes in milliseconds, the input field holding the time attribute,
 * and the clock the windows follow.
 *
 * @param sizeMillis the window size (TUMBLE, HOP), the maximum size (CUMULATE) or the gap (SESSION)
 * @param stepMillis the slide (HOP) or step (CUMULATE); equal to the size otherwise
 * @param offsetMillis the alignment of window starts (0: to the epoch)
 * @param timeField the index of the time attribute in the operator's input rows
 */
public record WindowSpec(WindowKind kind, long sizeMillis, long stepMillis, long offsetMillis, int timeField,
        TimeDomain domain) {
    public WindowSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(domain, "domain");
        if (sizeMillis <= 0 || stepMillis <= 0) {
            throw new IllegalArgumentException("window sizes must be positive: size " + sizeMillis + ", step " + stepMillis);
        }
    }

    public static WindowSpec tumble(long sizeMillis, long offsetMillis, int timeField, TimeDomain domain) {
        return new WindowSpec(WindowKind.TUMBLE, sizeMillis, sizeMillis, offsetMillis, timeField, domain);
    }

    public static WindowSpec hop(long slideMillis, long sizeMillis, long offsetMillis, int timeField, TimeDomain domain) {
        return new WindowSpec(WindowKind.HOP, sizeMillis, slideMillis, offsetMillis, timeField, domain);
    }

    public static WindowSpec cumulate(long stepMillis, long maxSizeMillis, long offsetMillis, int timeField, TimeDomain domain) {
        return new WindowSpec(WindowKind.CUMULATE, maxSizeMillis, stepMillis, offsetMillis, timeField, domain);
    }

    public static WindowSpec session(long gapMillis, int timeField, TimeDomain domain) {
        return new WindowSpec(WindowKind.SESSION, gapMillis, gapMillis, 0, timeField, domain);
    }

    /** The start of the window of {@code size} (aligned by the offset) that holds {@code timestamp}. */
    static long alignedStart(long timestamp, long offset, long size) {
        return timestamp - Math.floorMod(timestamp - offset, size);
    }

    /** For EXPLAIN: {@code TUMBLE(size=10000ms)}. */
    @Override
    public String toString() {
        String time = domain == TimeDomain.PROCESSING_TIME ? ", proctime" : "";
        String offset = offsetMillis == 0 ? "" : ", offset=" + offsetMillis + "ms";
        switch (kind) {
            case TUMBLE:
                return "TUMBLE(size=" + sizeMillis + "ms" + offset + time + ")";
            case HOP:
                return "HOP(slide=" + stepMillis + "ms, size=" + sizeMillis + "ms" + offset + time + ")";
            case CUMULATE:
                return "CUMULATE(step=" + stepMillis + "ms, max size=" + sizeMillis + "ms" + offset + time + ")";
            default:
                return "SESSION(gap=" + sizeMillis + "ms" + time + ")";
        }
    }
}
