package io.weir.bench;

/** The Nexmark benchmark's event table and bid view as the benchmarks declare them, with a fixed base time. */
final class NexmarkTables {
    static final String BID_VIEW = "CREATE VIEW bid AS SELECT bid.auction AS auction, bid.bidder AS bidder,"
            + " bid.price AS price, bid.channel AS channel, bid.url AS url, `dateTime`, bid.extra AS extra"
            + " FROM events WHERE event_type = 2";

    private NexmarkTables() {
    }

    /** The table {@code events} of {@code events} generated events; a negative count means an unbounded stream. */
    static String events(long events) {
        return "CREATE TABLE events (event_type INT,"
                + " person ROW<id BIGINT, name STRING, emailAddress STRING, creditCard STRING, city STRING, state STRING,"
                + " `dateTime` TIMESTAMP(3), extra STRING>,"
                + " auction ROW<id BIGINT, itemName STRING, description STRING, initialBid BIGINT, reserve BIGINT,"
                + " `dateTime` TIMESTAMP(3), expires TIMESTAMP(3), seller BIGINT, category BIGINT, extra STRING>,"
                + " bid ROW<auction BIGINT, bidder BIGINT, price BIGINT, channel STRING, url STRING,"
                + " `dateTime` TIMESTAMP(3), extra STRING>,"
                + " `dateTime` AS CASE WHEN event_type = 0 THEN person.`dateTime` WHEN event_type = 1"
                + " THEN auction.`dateTime` ELSE bid.`dateTime` END,"
                + " WATERMARK FOR `dateTime` AS `dateTime` - INTERVAL '4' SECOND)"
                + " WITH ('connector' = 'nexmark', " + (events >= 0 ? "'events.num' = '" + events + "'," : "")
                + " 'first-event.rate' = '10000000', 'next-event.rate' = '10000000',"
                + " 'base-time' = '2026-01-01 00:00:00')";
    }
}
