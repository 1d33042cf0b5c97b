-- Version 5: incremental checkpoints. A checkpoint's state files may be deltas on earlier files, and it lists every
-- file its restore reads, also those an earlier checkpoint of the job wrote into its own directory: file_checkpoint_id
-- names that checkpoint (file_path is relative to its directory), content says whether the file is FULL or a DELTA.

ALTER TABLE state_files ADD COLUMN IF NOT EXISTS content VARCHAR(8) DEFAULT 'FULL' NOT NULL;
ALTER TABLE state_files ADD CONSTRAINT IF NOT EXISTS state_files_content CHECK (content IN ('FULL', 'DELTA'));
ALTER TABLE state_files ADD COLUMN IF NOT EXISTS file_checkpoint_id BIGINT;
UPDATE state_files SET file_checkpoint_id = checkpoint_id;
ALTER TABLE state_files ALTER COLUMN file_checkpoint_id SET NOT NULL;
ALTER TABLE state_files DROP PRIMARY KEY;
ALTER TABLE state_files ADD PRIMARY KEY (job_id, checkpoint_id, file_checkpoint_id, file_path);
