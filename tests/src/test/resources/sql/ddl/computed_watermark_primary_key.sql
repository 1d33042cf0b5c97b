CREATE TABLE bids (
  auction BIGINT NOT NULL,
  bidder BIGINT,
  price BIGINT,
  price_eur AS price * 0.9,
  bid_time TIMESTAMP(3),
  WATERMARK FOR bid_time AS bid_time - INTERVAL '5' SECOND,
  PRIMARY KEY (auction) NOT ENFORCED
) WITH ('connector' = 'blackhole');
DESCRIBE bids;
SHOW CREATE TABLE bids;
