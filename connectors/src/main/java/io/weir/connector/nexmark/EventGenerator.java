package io.weir.connector.nexmark;

import io.weir.runtime.row.Row;

/**
 * Makes the person, auction or bid of an event number as a fresh nested row, with the fields and value
 * distributions of the Nexmark reference generator: bids go mostly to a few hot auctions and come mostly from a few
 * hot bidders, auctions mostly from hot sellers, and the rest refer to recent people and auctions.
 *
 * <p>Not thread-safe: each reader owns one. The values depend on the event number only.
 */
final class EventGenerator {
    static final int PERSON_ARITY = 8;
    static final int AUCTION_ARITY = 10;
    static final int BID_ARITY = 7;

    /** People that new auctions and bids choose from, so their density per person stays constant. */
    static final int ACTIVE_PEOPLE = 1000;
    /** Auctions still open that new bids choose from. */
    static final int IN_FLIGHT_AUCTIONS = 100;
    /** How far past the newest person or auction an id may point, as if events had been swapped in time. */
    static final int ID_LEAD = 10;
    /** One auction (or bidder, or seller) in this many is hot. */
    static final int HOT_GROUP = 100;
    /** 1 - 1/ratio of the events refer to a hot auction, bidder, seller. */
    private static final int HOT_AUCTION_RATIO = 2;
    private static final int HOT_BIDDER_RATIO = 4;
    private static final int HOT_SELLER_RATIO = 4;
    private static final int HOT_CHANNEL_RATIO = 2;
    private static final int CATEGORIES = 5;
    private static final int AVERAGE_PERSON_SIZE = 200;
    private static final int AVERAGE_AUCTION_SIZE = 500;
    private static final int AVERAGE_BID_SIZE = 100;
    private static final double LN_10 = Math.log(10);

    private final NexmarkModel model;
    private final EventRandom random = new EventRandom();
    /** Events between an auction and the one {@link #IN_FLIGHT_AUCTIONS} later: sets how long auctions last. */
    private final long eventsPerInFlightAuctions;

    EventGenerator(NexmarkModel model) {
        this.model = model;
        this.eventsPerInFlightAuctions = model.auctionProportion() == 0 ? 0
                : (long) IN_FLIGHT_AUCTIONS * model.totalProportion() / model.auctionProportion();
    }

    Row person(long eventNumber) {
        random.seed(eventNumber);
        Row person = new Row(PERSON_ARITY);
        String name = NexmarkStrings.name(random);
        String email = NexmarkStrings.pick(NexmarkStrings.EMAILS, random);
        String card = NexmarkStrings.pick(NexmarkStrings.CREDIT_CARDS, random);
        String city = NexmarkStrings.pick(NexmarkStrings.CITIES, random);
        String state = NexmarkStrings.pick(NexmarkStrings.STATES, random);
        int size = 8 + name.length() + email.length() + card.length() + city.length() + state.length();
        person.setLong(0, model.lastPersonId(eventNumber) + NexmarkModel.FIRST_PERSON_ID);
        person.setObject(1, name);
        person.setObject(2, email);
        person.setObject(3, card);
        person.setObject(4, city);
        person.setObject(5, state);
        person.setLong(6, model.timestampOf(eventNumber));
        person.setObject(7, NexmarkStrings.extra(random, size, AVERAGE_PERSON_SIZE));
        return person;
    }

    Row auction(long eventNumber) {
        random.seed(eventNumber);
        Row auction = new Row(AUCTION_ARITY);
        long seller;
        if (random.nextInt(HOT_SELLER_RATIO) > 0) {
            seller = model.lastPersonId(eventNumber) / HOT_GROUP * HOT_GROUP;
        } else {
            seller = recentPersonId(eventNumber);
        }
        long timestamp = model.timestampOf(eventNumber);
        long initialBid = price();
        String itemName = NexmarkStrings.pick(NexmarkStrings.ITEM_NAMES, random);
        String description = NexmarkStrings.pick(NexmarkStrings.DESCRIPTIONS, random);
        // Auctions last twice as long on average as it takes to open IN_FLIGHT_AUCTIONS more of them.
        long horizonMillis = model.timestampOf(eventNumber + eventsPerInFlightAuctions) - timestamp;
        long expires = timestamp + 1 + random.nextLong(Math.max(horizonMillis * 2, 1));
        int size = 8 + itemName.length() + description.length() + 40;
        auction.setLong(0, model.lastAuctionId(eventNumber) + NexmarkModel.FIRST_AUCTION_ID);
        auction.setObject(1, itemName);
        auction.setObject(2, description);
        auction.setLong(3, initialBid);
        auction.setLong(4, initialBid + price());
        auction.setLong(5, timestamp);
        auction.setLong(6, expires);
        auction.setLong(7, seller + NexmarkModel.FIRST_PERSON_ID);
        auction.setLong(8, NexmarkModel.FIRST_CATEGORY_ID + random.nextInt(CATEGORIES));
        auction.setObject(9, NexmarkStrings.extra(random, size, AVERAGE_AUCTION_SIZE));
        return auction;
    }

    Row bid(long eventNumber) {
        random.seed(eventNumber);
        Row bid = new Row(BID_ARITY);
        long auction;
        if (random.nextInt(HOT_AUCTION_RATIO) > 0) {
            auction = model.lastAuctionId(eventNumber) / HOT_GROUP * HOT_GROUP;
        } else {
            auction = recentAuctionId(eventNumber);
        }
        long bidder;
        if (random.nextInt(HOT_BIDDER_RATIO) > 0) {
            // The second person of the group, so that hot bidders are not also the hot sellers.
            bidder = model.lastPersonId(eventNumber) / HOT_GROUP * HOT_GROUP + 1;
        } else {
            bidder = recentPersonId(eventNumber);
        }
        bid.setLong(0, auction + NexmarkModel.FIRST_AUCTION_ID);
        bid.setLong(1, bidder + NexmarkModel.FIRST_PERSON_ID);
        bid.setLong(2, price());
        if (random.nextInt(HOT_CHANNEL_RATIO) > 0) {
            int channel = random.nextInt(NexmarkStrings.HOT_CHANNELS.length);
            bid.setObject(3, NexmarkStrings.HOT_CHANNELS[channel]);
            bid.setObject(4, NexmarkStrings.HOT_URLS[channel]);
        } else {
            int channel = random.nextInt(NexmarkStrings.CHANNEL_COUNT);
            bid.setObject(3, NexmarkStrings.CHANNELS[channel]);
            bid.setObject(4, NexmarkStrings.CHANNEL_URLS[channel]);
        }
        bid.setLong(5, model.timestampOf(eventNumber));
        bid.setObject(6, NexmarkStrings.extra(random, 32, AVERAGE_BID_SIZE));
        return bid;
    }

    /** One of the last {@link #ACTIVE_PEOPLE} people, or up to {@link #ID_LEAD} ids past the newest. */
    private long recentPersonId(long eventNumber) {
        long people = model.lastPersonId(eventNumber) + 1;
        long active = Math.min(people, ACTIVE_PEOPLE);
        return people - active + random.nextLong(active + ID_LEAD);
    }

    /** One of the last {@link #IN_FLIGHT_AUCTIONS} auctions, or up to {@link #ID_LEAD} ids past the newest. */
    private long recentAuctionId(long eventNumber) {
        long newest = model.lastAuctionId(eventNumber);
        long oldest = Math.max(newest - IN_FLIGHT_AUCTIONS, 0);
        return oldest + random.nextLong(newest - oldest + 1 + ID_LEAD);
    }

    /** A price in cents from 100 to 10^8, log-uniform: 10^(6u) dollars. */
    private long price() {
        return Math.round(Math.exp(random.nextDouble() * 6.0 * LN_10) * 100.0);
    }
}
