ALTER TABLE messages DROP COLUMN job_number;
DROP INDEX job_introductions_seeker_idx;
DROP TABLE job_introductions;
