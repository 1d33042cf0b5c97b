package io.weir.planner.window;

/**
 * The slices (panes) of a TUMBLE, HOP or CUMULATE window: disjoint runs of time that every window of the spec is a
 * union of, so that a row is added to one slice and a window, when it fires, merges the slices it covers.
 *
 * <p>A slice is named by its end. A TUMBLE window is its own slice; HOP and CUMULATE slices are one step long, and a
 * HOP's size (a CUMULATE's maximum size) must be a multiple of its step. The windows that cover a slice ending at
 * {@code s} end at {@code s}, {@code s + step}, ..., {@link #lastWindowEnd(long) lastWindowEnd(s)}.
 */
final class SliceAssigner {
    private final WindowKind kind;
    private final long size;
    private final long step;
    private final long offset;

    private SliceAssigner(WindowKind kind, long size, long step, long offset) {
        this.kind = kind;
        this.size = size;
        this.step = step;
        this.offset = offset;
    }

    /** Whether windows of {@code spec} are unions of slices: TUMBLE, and HOP and CUMULATE made of whole steps. */
    static boolean supports(WindowSpec spec) {
        switch (spec.kind()) {
            case TUMBLE:
                return true;
            case HOP:
            case CUMULATE:
                return spec.sizeMillis() % spec.stepMillis() == 0;
            default:
                return false;
        }
    }

    static SliceAssigner of(WindowSpec spec) {
        if (!supports(spec)) {
            throw new IllegalArgumentException("windows of " + spec + " are not unions of slices");
        }
        return new SliceAssigner(spec.kind(), spec.sizeMillis(), spec.stepMillis(), spec.offsetMillis());
    }

    /** The end of the slice that holds {@code timestamp}. */
    long sliceEnd(long timestamp) {
        return WindowSpec.alignedStart(timestamp, offset, step) + step;
    }

    /** The end of the last window that covers the slice ending at {@code sliceEnd}. */
    long lastWindowEnd(long sliceEnd) {
        switch (kind) {
            case HOP:
                return sliceEnd + size - step;
            case CUMULATE:
                return WindowSpec.alignedStart(sliceEnd - 1, offset, size) + size;
            default:
                return sliceEnd;
        }
    }

    /** The end of the first window covering the slice ending at {@code sliceEnd} that ends after {@code windowEnd}. */
    long windowEndAfter(long sliceEnd, long windowEnd) {
        if (sliceEnd > windowEnd) {
            return sliceEnd;
        }
        return sliceEnd + (Math.floorDiv(windowEnd - sliceEnd, step) + 1) * step;
    }

    /** The start of the window ending at {@code windowEnd}. */
    long windowStart(long windowEnd) {
        if (kind == WindowKind.CUMULATE) {
            return WindowSpec.alignedStart(windowEnd - 1, offset, size);
        }
        return windowEnd - size;
    }

    /** Whether the window ending at {@code windowEnd} covers the slice ending at {@code sliceEnd}. */
    boolean covers(long windowEnd, long sliceEnd) {
        return sliceEnd <= windowEnd && sliceEnd > windowStart(windowEnd);
    }
}
