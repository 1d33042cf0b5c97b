package io.weir.connector.nexmark;

import io.weir.runtime.operator.Output;
import io.weir.runtime.operator.RowPredicate;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.source.ReadStatus;
import io.weir.runtime.source.SourceReader;
import java.util.List;

/**
 * Generates one subtask's events (every {@code stride}-th number from its first) into one reused row, a batch per
 * {@link #pollNext}, paced to its share of the event rate.
 *
 * <p>The outer row is reused; the person, auction or bid in it is a fresh row per event, since a consumer that
 * copies the outer row shares the nested one. Columns the query does not read are not generated. Pacing is decided
 * once per batch, as the datagen reader does: at most one batch ahead of {@code rate × elapsed time}; a rate too high
 * to reach costs nothing.
 */
final class NexmarkReader implements SourceReader {
    static final int BATCH_SIZE = 1000;
    /** Rates at or above this (events per second per subtask) are not paced. */
    static final long UNPACED_RATE = 1_000_000_000_000L;

    private final NexmarkModel model;
    private final EventGenerator generator;
    private final long stride;
    private final long end;
    private final long ratePerSecond;
    private final RowPredicate predicate;
    private final Row row;
    /** Where each physical column sits in the produced row, or -1 when the query does not read it. */
    private final int eventTypeAt;
    private final int personAt;
    private final int auctionAt;
    private final int bidAt;
    private long next;
    private long generated;
    private long startNanos;

    NexmarkReader(NexmarkModel model, List<Integer> projection, long first, long stride, long end, long ratePerSecond,
            RowPredicate predicate) {
        this.model = model;
        this.generator = new EventGenerator(model);
        this.stride = stride;
        this.end = end;
        this.ratePerSecond = ratePerSecond;
        this.predicate = predicate;
        this.row = new Row(projection.size());
        this.eventTypeAt = projection.indexOf(NexmarkSchema.EVENT_TYPE);
        this.personAt = projection.indexOf(NexmarkSchema.PERSON);
        this.auctionAt = projection.indexOf(NexmarkSchema.AUCTION);
        this.bidAt = projection.indexOf(NexmarkSchema.BID);
        this.next = first;
    }

    @Override
    public void open() {
        startNanos = System.nanoTime();
    }

    @Override
    public ReadStatus pollNext(Output out) {
        if (next >= end) {
            return ReadStatus.END_OF_INPUT;
        }
        long batch = BATCH_SIZE;
        if (ratePerSecond < UNPACED_RATE) {
            double elapsedSeconds = (System.nanoTime() - startNanos) / 1e9;
            long allowed = (long) (elapsedSeconds * ratePerSecond) + Math.min(ratePerSecond, BATCH_SIZE);
            long budget = allowed - generated;
            if (budget <= 0) {
                return ReadStatus.NOTHING_AVAILABLE;
            }
            batch = Math.min(batch, budget);
        }
        for (long k = 0; k < batch && next < end; k++) {
            fill(next);
            if (predicate == null || predicate.test(row)) {
                out.emit(ChangeKind.INSERT, row);
            }
            generated++;
            next += stride;
            if (next < 0) {
                // Past Long.MAX_VALUE: an unbounded source has run out of event numbers.
                next = Long.MAX_VALUE;
            }
        }
        return next >= end ? ReadStatus.END_OF_INPUT : ReadStatus.MORE_AVAILABLE;
    }

    private void fill(long eventNumber) {
        int kind = model.kindOf(eventNumber);
        if (eventTypeAt >= 0) {
            row.setLong(eventTypeAt, kind);
        }
        if (personAt >= 0) {
            row.setObject(personAt, kind == NexmarkModel.PERSON ? generator.person(eventNumber) : null);
        }
        if (auctionAt >= 0) {
            row.setObject(auctionAt, kind == NexmarkModel.AUCTION ? generator.auction(eventNumber) : null);
        }
        if (bidAt >= 0) {
            row.setObject(bidAt, kind == NexmarkModel.BID ? generator.bid(eventNumber) : null);
        }
    }

    @Override
    public void close() {
        // Holds nothing to release; declared to narrow the contract's checked exception.
    }
}
