SET 'table.local-time-zone' = 'Europe/Paris';
SET 'my.own.key' = 'x';
SET;
RESET 'my.own.key';
SET;
RESET;
SET;
