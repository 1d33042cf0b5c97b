package io.weir.connector.nexmark;

/**
 * The arithmetic of the Nexmark event stream: an event number's kind and event time, and the ids of the people and
 * auctions that exist when it happens. As in the benchmark's reference generator, the events come in epochs of
 * {@code person + auction + bid} proportions: first the epoch's people, then its auctions, then its bids.
 *
 * @param personProportion people per epoch
 * @param auctionProportion auctions per epoch
 * @param bidProportion bids per epoch
 * @param baseTimeMillis event time of event 0, epoch milliseconds
 * @param interEventDelayMicros event time between consecutive events
 */
record NexmarkModel(int personProportion, int auctionProportion, int bidProportion, long baseTimeMillis,
        double interEventDelayMicros) {
    static final int PERSON = 0;
    static final int AUCTION = 1;
    static final int BID = 2;
    /** Ids start here so that queries looking for small ids find some even in a short stream. */
    static final long FIRST_PERSON_ID = 1000;
    static final long FIRST_AUCTION_ID = 1000;
    static final long FIRST_CATEGORY_ID = 10;

    NexmarkModel {
        if (personProportion < 0 || auctionProportion < 0 || bidProportion < 0
                || personProportion + auctionProportion + bidProportion <= 0) {
            throw new IllegalArgumentException("proportions " + personProportion + ":" + auctionProportion + ":"
                    + bidProportion);
        }
    }

    int totalProportion() {
        return personProportion + auctionProportion + bidProportion;
    }

    /** {@link #PERSON}, {@link #AUCTION} or {@link #BID}; also the row's {@code event_type}. */
    int kindOf(long eventNumber) {
        long offset = eventNumber % totalProportion();
        if (offset < personProportion) {
            return PERSON;
        }
        return offset < personProportion + auctionProportion ? AUCTION : BID;
    }

    long timestampOf(long eventNumber) {
        return baseTimeMillis + (long) (eventNumber * interEventDelayMicros) / 1000L;
    }

    /** The id (from 0) of the newest person at this event: the event's own id if it is a person. */
    long lastPersonId(long eventNumber) {
        long epoch = eventNumber / totalProportion();
        long offset = eventNumber % totalProportion();
        if (offset >= personProportion) {
            offset = personProportion - 1;
        }
        return epoch * personProportion + offset;
    }

    /** The id (from 0) of the newest auction at this event: the event's own id if it is an auction. */
    long lastAuctionId(long eventNumber) {
        long epoch = eventNumber / totalProportion();
        long offset = eventNumber % totalProportion();
        if (offset < personProportion) {
            epoch--;
            offset = auctionProportion - 1;
        } else if (offset >= personProportion + auctionProportion) {
            offset = auctionProportion - 1;
        } else {
            offset -= personProportion;
        }
        return epoch * auctionProportion + offset;
    }
}
