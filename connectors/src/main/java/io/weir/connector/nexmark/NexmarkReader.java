package io.weir.connector.nexmark;

import io.weir.runtime.operator.Output;
import io.weir.runtime.operator.RowPredicate;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.source.ReadStatus;
import io.weir.runtime.source.SourceReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the events of one subtask's splits into one reused row, a batch per {@link #pollNext}, as fast as it can:
 * as in the benchmark's reference generator, the event rate only spaces the events' times, it does not pace their
 * emission. Split {@code s} of {@code k} holds the event numbers {@code s, s + k, …}; the reader takes one event of
 * each owned split in turn, so the numbers it emits rise.
 *
 * <p>The outer row is reused; the person, auction or bid in it is a fresh row per event, since a consumer that
 * copies the outer row shares the nested one. Columns the query does not read are not generated.
 */
final class NexmarkReader implements SourceReader {
    static final int BATCH_SIZE = 1000;

    private final NexmarkModel model;
    private final EventGenerator generator;
    private final int[] splitIds;
    private final long[] next;
    private final int splitCount;
    private final long end;
    private final RowPredicate predicate;
    private final Row row;
    /** Where each physical column sits in the produced row, or -1 when the query does not read it. */
    private final int eventTypeAt;
    private final int personAt;
    private final int auctionAt;
    private final int bidAt;
    private int current;

    /**
     * @param splitIds the splits the reader owns
     * @param next the next event number of each
     * @param splitCount how many splits the source has, the step between a split's event numbers
     */
    NexmarkReader(NexmarkModel model, List<Integer> projection, int[] splitIds, long[] next, int splitCount, long end,
            RowPredicate predicate) {
        this.model = model;
        this.generator = new EventGenerator(model);
        this.splitIds = splitIds.clone();
        this.next = next.clone();
        this.splitCount = splitCount;
        this.end = end;
        this.predicate = predicate;
        this.row = new Row(projection.size());
        this.eventTypeAt = projection.indexOf(NexmarkSchema.EVENT_TYPE);
        this.personAt = projection.indexOf(NexmarkSchema.PERSON);
        this.auctionAt = projection.indexOf(NexmarkSchema.AUCTION);
        this.bidAt = projection.indexOf(NexmarkSchema.BID);
    }

    @Override
    public ReadStatus pollNext(Output out) {
        for (int emitted = 0; emitted < BATCH_SIZE; emitted++) {
            int k = nextUnfinished();
            if (k < 0) {
                return ReadStatus.END_OF_INPUT;
            }
            long eventNumber = next[k];
            fill(eventNumber);
            if (predicate == null || predicate.test(row)) {
                out.emit(ChangeKind.INSERT, row);
            }
            long following = eventNumber + splitCount;
            // Past Long.MAX_VALUE: an unbounded source has run out of event numbers.
            next[k] = following < 0 ? Long.MAX_VALUE : following;
            current = k + 1 == splitIds.length ? 0 : k + 1;
        }
        return nextUnfinished() < 0 ? ReadStatus.END_OF_INPUT : ReadStatus.MORE_AVAILABLE;
    }

    /** The first split from {@link #current} on (wrapping around) with events left, or -1. */
    private int nextUnfinished() {
        int k = current;
        for (int step = 0; step < splitIds.length; step++) {
            if (next[k] < end) {
                return k;
            }
            k = k + 1 == splitIds.length ? 0 : k + 1;
        }
        return -1;
    }

    /** One row per owned split, finished ones included, so a restore knows every split of the first run. */
    @Override
    public List<Row> snapshotPositions() {
        List<Row> positions = new ArrayList<>(splitIds.length);
        for (int k = 0; k < splitIds.length; k++) {
            positions.add(Row.of(splitIds[k], splitCount, next[k], model.baseTimeMillis()));
        }
        return positions;
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
