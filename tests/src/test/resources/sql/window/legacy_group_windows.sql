CREATE TABLE bids (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  qty INT,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' MINUTE
) WITH ('connector' = 'filesystem', 'path' = '${data}/bids', 'format' = 'csv');
SELECT item, TUMBLE_START(bidtime, INTERVAL '10' MINUTE) AS wstart, TUMBLE_END(bidtime, INTERVAL '10' MINUTE) AS wend,
  SUM(qty) AS qty
FROM bids
GROUP BY item, TUMBLE(bidtime, INTERVAL '10' MINUTE);
SELECT HOP_START(bidtime, INTERVAL '5' MINUTE, INTERVAL '10' MINUTE) AS wstart,
  HOP_END(bidtime, INTERVAL '5' MINUTE, INTERVAL '10' MINUTE) AS wend, COUNT(*) AS bids
FROM bids
GROUP BY HOP(bidtime, INTERVAL '5' MINUTE, INTERVAL '10' MINUTE);
SELECT item, SESSION_START(bidtime, INTERVAL '5' MINUTE) AS wstart, SESSION_END(bidtime, INTERVAL '5' MINUTE) AS wend,
  COUNT(*) AS bids
FROM bids
GROUP BY item, SESSION(bidtime, INTERVAL '5' MINUTE);
