-- The Nexmark benchmark's data model on Weir: one generated table of people, auctions and bids, a view per kind,
-- and three of the benchmark's simplest queries over the bids.
-- Run it from the project's root: ./weir -f examples/nexmark.sql

CREATE TABLE IF NOT EXISTS nexmark_events (
  event_type INT,
  person ROW<
    id BIGINT,
    name STRING,
    emailAddress STRING,
    creditCard STRING,
    city STRING,
    state STRING,
    `dateTime` TIMESTAMP(3),
    extra STRING>,
  auction ROW<
    id BIGINT,
    itemName STRING,
    description STRING,
    initialBid BIGINT,
    reserve BIGINT,
    `dateTime` TIMESTAMP(3),
    expires TIMESTAMP(3),
    seller BIGINT,
    category BIGINT,
    extra STRING>,
  bid ROW<
    auction BIGINT,
    bidder BIGINT,
    price BIGINT,
    channel STRING,
    url STRING,
    `dateTime` TIMESTAMP(3),
    extra STRING>,
  `dateTime` AS CASE
    WHEN event_type = 0 THEN person.`dateTime`
    WHEN event_type = 1 THEN auction.`dateTime`
    ELSE bid.`dateTime`
  END,
  WATERMARK FOR `dateTime` AS `dateTime` - INTERVAL '4' SECOND
) WITH (
  'connector' = 'nexmark',
  'events.num' = '2000',
  'first-event.rate' = '1000',
  'base-time' = '2026-01-01 00:00:00'
);

CREATE VIEW IF NOT EXISTS bids AS
SELECT bid.auction, bid.bidder, bid.price, bid.channel, bid.url, `dateTime`, bid.extra
FROM nexmark_events
WHERE event_type = 2;

CREATE VIEW IF NOT EXISTS auctions AS
SELECT auction.id, auction.itemName, auction.initialBid, auction.reserve, `dateTime`, auction.expires,
       auction.seller, auction.category
FROM nexmark_events
WHERE event_type = 1;

CREATE VIEW IF NOT EXISTS people AS
SELECT person.id, person.name, person.city, person.state, `dateTime`
FROM nexmark_events
WHERE event_type = 0;

-- The first few people and auctions.
SELECT id, name, city, state, `dateTime` FROM people WHERE id < 1003;
SELECT id, seller, category, initialBid, reserve, `dateTime`, expires FROM auctions WHERE id < 1003;

CREATE TABLE IF NOT EXISTS euro_bids (
  auction BIGINT,
  bidder BIGINT,
  price DECIMAL(23, 3),
  `dateTime` TIMESTAMP(3)
) WITH (
  'connector' = 'print'
);

-- Like the benchmark's q1: every bid, its price converted from dollars to euros (q0 would pass them through).
-- Only the bids of the first 300 ms are printed, to keep the output short.
INSERT INTO euro_bids
SELECT auction, bidder, price * 0.908, `dateTime`
FROM bids
WHERE `dateTime` < TIMESTAMP '2026-01-01 00:00:00.300';

-- Like the benchmark's q2: the bids on every 123rd auction.
SELECT auction, price FROM bids WHERE MOD(auction, 123) = 0;
