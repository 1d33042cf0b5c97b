CREATE TABLE g1 (id INT) WITH ('connector' = 'datagen', 'fields.id.kind' = 'sequential');
CREATE TABLE g2 (id INT) WITH ('connector' = 'datagen', 'fields.idd.kind' = 'sequence');
CREATE TABLE g3 (id INT) WITH ('connector' = 'datagen', 'number-of-rows' = '-');
