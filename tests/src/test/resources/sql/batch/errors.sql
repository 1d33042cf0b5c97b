CREATE TABLE endless (n BIGINT) WITH ('connector' = 'datagen');
CREATE TABLE sink (n BIGINT) WITH ('connector' = 'blackhole');
-- Streaming mode cannot sort or cut a result that never ends.
SELECT n FROM endless ORDER BY n;
SELECT n FROM endless LIMIT 3;
SET 'execution.runtime-mode' = 'bach';
SET 'execution.runtime-mode' = 'BATCH';
SELECT n
FROM endless;
INSERT INTO sink SELECT n FROM endless ORDER BY n;
