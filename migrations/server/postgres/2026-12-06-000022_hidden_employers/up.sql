-- Employers a job seeker hid from their results (「この事業所の求人を表示しない」), at most 100
-- kept per user, one row per employer; `job_number` is the posting it was hidden from, which
-- names it on devices. Shown again: `removed`, kept so devices learn it.
CREATE TABLE hidden_employers (
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    employer_id BIGINT NOT NULL REFERENCES employers (id),
    job_number TEXT NOT NULL,
    hidden_at TIMESTAMP NOT NULL,
    removed BOOLEAN NOT NULL,
    seq BIGINT NOT NULL,
    PRIMARY KEY (account_id, employer_id)
);
CREATE INDEX hidden_employers_seq_idx ON hidden_employers (account_id, seq);
