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
 * {@link #pollNext}, as fast as it can: as in the benchmark's reference generator, the event rate only spaces the events'
 * times, it does not pace their emission.
 *
 * <p>The outer row is reused; the person, auction or bid in it is a fresh row per event, since a consumer that
 * copies the outer row shares the nested one. Columns the query does not read are not generated.
 */
final class NexmarkReader implements SourceReader {
    static final int BATCH_SIZE = 1000;

    private final NexmarkModel model;
    private final EventGenerator generator;
    private final long stride;
    private final long end;
    private final RowPredicate predicate;
    private final Row row;
    /** Where each physical column sits in the produced row, or -1 when the query does not read it. */
    private final int eventTypeAt;
    private final int personAt;
    private final int auctionAt;
    private final int bidAt;
    private long next;

    NexmarkReader(NexmarkModel model, List<Integer> projection, long first, long stride, long end, RowPredicate predicate) {
        this.model = model;
        this.generator = new EventGenerator(model);
        this.stride = stride;
        this.end = end;
        this.predicate = predicate;
        this.row = new Row(projection.size());
        this.eventTypeAt = projection.indexOf(NexmarkSchema.EVENT_TYPE);
        this.personAt = projection.indexOf(NexmarkSchema.PERSON);
        this.auctionAt = projection.indexOf(NexmarkSchema.AUCTION);
        this.bidAt = projection.indexOf(NexmarkSchema.BID);
        this.next = first;
    }

    @Override
    public ReadStatus pollNext(Output out) {
        if (next >= end) {
            return ReadStatus.END_OF_INPUT;
        }
        for (int k = 0; k < BATCH_SIZE && next < end; k++) {
            fill(next);
            if (predicate == null || predicate.test(row)) {
                out.emit(ChangeKind.INSERT, row);
            }
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
