package io.weir.planner.sort;

/**
 * The OFFSET and FETCH (or LIMIT) of a query: how many rows to skip, then how many to keep at most.
 *
 * @param offset the rows skipped, 0 if none
 * @param fetch the most rows kept after the offset, or {@link #ALL}
 */
public record Limit(long offset, long fetch) {
    /** A fetch without limit. */
    public static final long ALL = -1;
    public static final Limit NONE = new Limit(0, ALL);

    public Limit {
        if (offset < 0 || fetch < ALL) {
            throw new IllegalArgumentException("offset " + offset + ", fetch " + fetch);
        }
    }

    /** The position after the last row kept out of {@code count} rows numbered from 0. */
    public long end(long count) {
        long end = fetch == ALL ? count : offset + fetch;
        return Math.min(end, count);
    }

    /** Whether the row at {@code position} (from 0, in input order) is kept. */
    public boolean keeps(long position) {
        return position >= offset && (fetch == ALL || position < offset + fetch);
    }

    @Override
    public String toString() {
        return (offset > 0 ? "offset=" + offset : "") + (offset > 0 && fetch != ALL ? ", " : "")
                + (fetch != ALL ? "fetch=" + fetch : "");
    }
}
