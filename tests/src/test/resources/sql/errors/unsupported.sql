CREATE TABLE src (k STRING, v BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '10');
SELECT k, STDDEV_POP(v) FROM src GROUP BY k;
SELECT a.k FROM src a JOIN src b ON a.k = b.k;
