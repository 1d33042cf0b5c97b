SET 'parallelism.default' = 'zero';
SET 'parallelism.default' = '0';
SET 'table.dml-sync' = 'maybe';
SET 'table.local-time-zone' = 'Mars/Olympus';
SET;
