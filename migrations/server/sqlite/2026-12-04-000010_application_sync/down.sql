DROP INDEX applications_sync_idx;
ALTER TABLE applications DROP COLUMN sync_seq;
