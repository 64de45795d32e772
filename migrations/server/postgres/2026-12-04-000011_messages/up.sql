-- メッセージ. A thread joins one job seeker with one party, once (`party_key`: 'hello_work', or
-- 'employer:<id>' for an employer with a 求人者マイページ the seeker applied to). Messages are
-- plain text; `client_key` is the sending device's key, so sending again stores nothing new
-- (UNIQUE per sender). `thread_reads` holds how far each side has read (only moved forward).
CREATE TABLE message_threads (
    id BIGSERIAL PRIMARY KEY,
    seeker_id BIGINT NOT NULL REFERENCES seekers (id),
    party TEXT NOT NULL,
    employer_id BIGINT REFERENCES employers (id),
    party_key TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_message_at TIMESTAMP,
    UNIQUE (seeker_id, party_key)
);
CREATE INDEX message_threads_employer_idx ON message_threads (employer_id);
CREATE TABLE messages (
    id BIGSERIAL PRIMARY KEY,
    thread_id BIGINT NOT NULL REFERENCES message_threads (id),
    sender_account_id BIGINT NOT NULL REFERENCES accounts (id),
    side TEXT NOT NULL,
    sender_name TEXT NOT NULL,
    body TEXT NOT NULL,
    client_key TEXT NOT NULL,
    sent_at TIMESTAMP NOT NULL,
    UNIQUE (sender_account_id, client_key)
);
CREATE INDEX messages_thread_idx ON messages (thread_id, id);
CREATE TABLE thread_reads (
    thread_id BIGINT NOT NULL REFERENCES message_threads (id),
    side TEXT NOT NULL,
    last_read_id BIGINT NOT NULL,
    PRIMARY KEY (thread_id, side)
);
