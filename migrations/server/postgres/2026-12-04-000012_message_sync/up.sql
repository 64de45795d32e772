-- Messages follow MyPage sync: each change of a thread (opened, a message, how far its reader
-- has read) takes the next number of the reading accounts' `mypage_sync` sequences in its
-- transaction, and the thread and message keep the numbers of each side, so a device pulls
-- what changed after its cursor. Rows older than this migration keep 0: a pull from the start
-- sends every thread and message.
ALTER TABLE message_threads ADD COLUMN seeker_seq BIGINT NOT NULL DEFAULT 0;
ALTER TABLE message_threads ADD COLUMN employer_seq BIGINT NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN seeker_seq BIGINT NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN employer_seq BIGINT NOT NULL DEFAULT 0;
CREATE INDEX message_threads_seeker_seq_idx ON message_threads (seeker_id, seeker_seq);
CREATE INDEX message_threads_employer_seq_idx ON message_threads (employer_id, employer_seq);
CREATE INDEX messages_seeker_seq_idx ON messages (thread_id, seeker_seq);
CREATE INDEX messages_employer_seq_idx ON messages (thread_id, employer_seq);
