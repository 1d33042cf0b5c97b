-- A checkpointed job: HOP window counts of Nexmark bids per auction, written exactly once to CSV files.
-- Run it from the project's root: ./weir -f examples/checkpointed-job.sql
-- Kill the process while it runs (kill -9 works too) and start ./weir again on the same data directory: it resumes
-- the job from its latest checkpoint, and the files under /tmp/weir-example/hop-counts hold each row once.

CREATE TABLE IF NOT EXISTS checkpointed_events (
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
  'events.num' = '2000000',
  'base-time' = '2026-01-01 00:00:00'
);

CREATE TABLE IF NOT EXISTS hop_counts (
  auction BIGINT,
  bids BIGINT,
  window_start TIMESTAMP(3),
  window_end TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = '/tmp/weir-example/hop-counts',
  'format' = 'csv'
);

SET 'execution.checkpointing.interval' = '1 s';
SET 'execution.checkpointing.num-retained' = '2';
SET 'restart-strategy.type' = 'fixed-delay';
SET 'restart-strategy.fixed-delay.attempts' = '3';

INSERT INTO hop_counts
SELECT bid.auction, COUNT(*), window_start, window_end
FROM TABLE(HOP(TABLE checkpointed_events, DESCRIPTOR(`dateTime`), INTERVAL '2' SECOND, INTERVAL '10' SECOND))
WHERE event_type = 2
GROUP BY bid.auction, window_start, window_end;
