CREATE TABLE bids (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  qty INT,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' MINUTE
) WITH ('connector' = 'filesystem', 'path' = '${data}/bids', 'format' = 'csv');
-- The table function alone: every row gets the 10-minute window it falls in.
SELECT bidtime, item, window_start, window_end, window_time
FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES));
SELECT window_start, window_end, SUM(price) AS total_price
FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES))
GROUP BY window_start, window_end;
-- AVG of an INT is an INT (08:00-08:10: 11 / 5 = 2).
SELECT window_start, window_end, COUNT(*) AS bids, AVG(qty) AS avg_qty, SUM(qty) AS qty
FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES))
GROUP BY window_start, window_end;
