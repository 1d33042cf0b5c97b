package io.weir.connector.datagen;

import io.weir.runtime.operator.Output;
import io.weir.runtime.operator.RowPredicate;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.source.ReadStatus;
import io.weir.runtime.source.SourceReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the row ranges of one subtask's splits into a single reused row, a batch per {@link #pollNext} from
 * each unfinished split in turn, paced to the subtask's share of {@code rows-per-second}.
 *
 * <p>Pacing is decided once per batch from {@link System#nanoTime()}: the reader may be at most one batch ahead of
 * {@code rate × elapsed time}; when it is, it returns {@link ReadStatus#NOTHING_AVAILABLE}. A rate too high to
 * reach is not paced at all, so generation costs the same as with no limit.
 */
final class DataGenReader implements SourceReader {
    static final int BATCH_SIZE = 1000;
    /** Rates at or above this (rows per second per subtask) are not paced. */
    static final long UNPACED_RATE = 1_000_000_000_000L;

    /** One range of row numbers: the split's number among {@code splitCount}, its next row number and its end. */
    record Split(int split, int splitCount, long next, long end) {
    }

    private final RowGenerator generator;
    private final int[] splitIds;
    private final int splitCount;
    private final long[] next;
    private final long[] ends;
    private final long seed;
    private final long ratePerSecond;
    private final RowPredicate predicate;
    private final Row row;
    private final RowRandom random = new RowRandom();
    private final ZoneId localZone = ZoneId.systemDefault();
    private int current;
    private long generated;
    private long startNanos;

    DataGenReader(RowGenerator generator, List<Split> splits, long seed, long ratePerSecond, RowPredicate predicate) {
        this.generator = generator;
        this.splitIds = new int[splits.size()];
        this.next = new long[splits.size()];
        this.ends = new long[splits.size()];
        for (int k = 0; k < splits.size(); k++) {
            splitIds[k] = splits.get(k).split();
            next[k] = splits.get(k).next();
            ends[k] = splits.get(k).end();
        }
        this.splitCount = splits.isEmpty() ? 0 : splits.get(0).splitCount();
        this.seed = seed;
        this.ratePerSecond = ratePerSecond;
        this.predicate = predicate;
        this.row = new Row(generator.arity());
    }

    @Override
    public void open() {
        startNanos = System.nanoTime();
    }

    @Override
    public ReadStatus pollNext(Output out) {
        int k = nextUnfinished();
        if (k < 0) {
            return ReadStatus.END_OF_INPUT;
        }
        long batch = Math.min(BATCH_SIZE, ends[k] - next[k]);
        if (ratePerSecond < UNPACED_RATE) {
            double elapsedSeconds = (System.nanoTime() - startNanos) / 1e9;
            long allowed = (long) (elapsedSeconds * ratePerSecond) + Math.min(ratePerSecond, BATCH_SIZE);
            long budget = allowed - generated;
            if (budget <= 0) {
                return ReadStatus.NOTHING_AVAILABLE;
            }
            batch = Math.min(batch, budget);
        }
        if (generator.usesClock()) {
            long now = System.currentTimeMillis();
            long offsetMillis = localZone.getRules().getOffset(Instant.ofEpochMilli(now)).getTotalSeconds() * 1000L;
            generator.setClock(now, now + offsetMillis);
        }
        long start = next[k];
        long stop = start + batch;
        for (long index = start; index < stop; index++) {
            random.startRow(seed, index);
            generator.fill(row, index, random);
            if (predicate == null || predicate.test(row)) {
                out.emit(ChangeKind.INSERT, row);
            }
        }
        next[k] = stop;
        generated += batch;
        current = k + 1;
        return nextUnfinished() < 0 ? ReadStatus.END_OF_INPUT : ReadStatus.MORE_AVAILABLE;
    }

    /** The first split from {@link #current} on (wrapping around) that has rows left, or -1. */
    private int nextUnfinished() {
        for (int step = 0; step < splitIds.length; step++) {
            int k = (current + step) % splitIds.length;
            if (next[k] < ends[k]) {
                return k;
            }
        }
        return -1;
    }

    /** One row per owned split, finished ones included, so a restore knows every split of the first run. */
    @Override
    public List<Row> snapshotPositions() {
        List<Row> positions = new ArrayList<>(splitIds.length);
        for (int k = 0; k < splitIds.length; k++) {
            positions.add(Row.of(splitIds[k], splitCount, next[k], seed));
        }
        return positions;
    }

    @Override
    public void close() {
        // Holds nothing to release; declared to narrow the contract's checked exception.
    }
}
