DROP INDEX messages_employer_seq_idx;
DROP INDEX messages_seeker_seq_idx;
DROP INDEX message_threads_employer_seq_idx;
DROP INDEX message_threads_seeker_seq_idx;
ALTER TABLE messages DROP COLUMN employer_seq;
ALTER TABLE messages DROP COLUMN seeker_seq;
ALTER TABLE message_threads DROP COLUMN employer_seq;
ALTER TABLE message_threads DROP COLUMN seeker_seq;
