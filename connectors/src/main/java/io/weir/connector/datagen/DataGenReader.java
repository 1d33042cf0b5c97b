package io.weir.connector.datagen;

import io.weir.runtime.operator.Output;
import io.weir.runtime.operator.RowPredicate;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.source.ReadStatus;
import io.weir.runtime.source.SourceReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;

/**
 * Generates one subtask's range of rows into a single reused row, a batch per {@link #pollNext}, paced to its
 * share of {@code rows-per-second}.
 *
 * <p>Pacing is decided once per batch from {@link System#nanoTime()}: the reader may be at most one batch ahead of
 * {@code rate × elapsed time}; when it is, it returns {@link ReadStatus#NOTHING_AVAILABLE}. A rate too high to
 * reach is not paced at all, so generation costs the same as with no limit.
 */
final class DataGenReader implements SourceReader {
    static final int BATCH_SIZE = 1000;
    /** Rates at or above this (rows per second per subtask) are not paced. */
    static final long UNPACED_RATE = 1_000_000_000_000L;

    private final RowGenerator generator;
    private final long first;
    private final long end;
    private final long ratePerSecond;
    private final RowPredicate predicate;
    private final Row row;
    private final ZoneId localZone = ZoneId.systemDefault();
    private SplittableRandom random;
    private long next;
    private long startNanos;

    DataGenReader(RowGenerator generator, long first, long end, long ratePerSecond, RowPredicate predicate) {
        this.generator = generator;
        this.first = first;
        this.end = end;
        this.ratePerSecond = ratePerSecond;
        this.predicate = predicate;
        this.row = new Row(generator.arity());
        this.next = first;
    }

    @Override
    public void open() {
        random = new SplittableRandom();
        startNanos = System.nanoTime();
    }

    @Override
    public ReadStatus pollNext(Output out) {
        if (next >= end) {
            return ReadStatus.END_OF_INPUT;
        }
        long batch = Math.min(BATCH_SIZE, end - next);
        if (ratePerSecond < UNPACED_RATE) {
            double elapsedSeconds = (System.nanoTime() - startNanos) / 1e9;
            long allowed = (long) (elapsedSeconds * ratePerSecond) + Math.min(ratePerSecond, BATCH_SIZE);
            long budget = allowed - (next - first);
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
        long stop = next + batch;
        if (predicate == null) {
            for (long index = next; index < stop; index++) {
                generator.fill(row, index, random);
                out.emit(ChangeKind.INSERT, row);
            }
        } else {
            for (long index = next; index < stop; index++) {
                generator.fill(row, index, random);
                if (predicate.test(row)) {
                    out.emit(ChangeKind.INSERT, row);
                }
            }
        }
        next = stop;
        return next >= end ? ReadStatus.END_OF_INPUT : ReadStatus.MORE_AVAILABLE;
    }

    @Override
    public void close() {
        // Holds nothing to release; declared to narrow the contract's checked exception.
    }
}
