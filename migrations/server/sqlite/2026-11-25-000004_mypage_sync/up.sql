-- MyPage data synced with each device. Every change of a user's rows takes the next value of
-- that user's `last_seq` inside its transaction (the row lock orders concurrent writers), and
-- devices pull rows with a higher `seq`. Removed rows stay as tombstones so devices learn of it.
CREATE TABLE mypage_sync (
    account_id BIGINT PRIMARY KEY NOT NULL REFERENCES accounts (id),
    last_seq BIGINT NOT NULL
);

-- お気に入り (at most 300 kept per user).
CREATE TABLE favorites (
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    job_number TEXT NOT NULL,
    added_at TIMESTAMP NOT NULL,
    removed BOOLEAN NOT NULL,
    seq BIGINT NOT NULL,
    PRIMARY KEY (account_id, job_number)
);
CREATE INDEX favorites_seq_idx ON favorites (account_id, seq);

-- 保存した検索条件 (at most 3 kept per user), keyed by a device-made UUID.
CREATE TABLE saved_searches (
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    params TEXT NOT NULL,
    last_run_at TIMESTAMP,
    removed BOOLEAN NOT NULL,
    seq BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (account_id, id)
);
CREATE INDEX saved_searches_seq_idx ON saved_searches (account_id, seq);

-- Idempotency keys of pushed mutations, kept at least 24 hours with the first outcome.
CREATE TABLE idempotency_keys (
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    outcome TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (account_id, key)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
