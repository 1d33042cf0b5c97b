CREATE TABLE bid (auction BIGINT, price BIGINT, bidder STRING) WITH ('connector' = 'blackhole');
SELECT pricee FROM bid;
SELECT auction,
       bidderr
FROM bid;
SELECT * FROM bids;
SELECT nope(1);
