-- Back to one row per employer: the kept row changed last stays (else the row changed last).
CREATE TABLE hidden_employers_by_employer (
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    employer_id BIGINT NOT NULL REFERENCES employers (id),
    job_number TEXT NOT NULL,
    hidden_at TIMESTAMP NOT NULL,
    removed BOOLEAN NOT NULL,
    seq BIGINT NOT NULL,
    PRIMARY KEY (account_id, employer_id)
);
INSERT INTO hidden_employers_by_employer
    (account_id, employer_id, job_number, hidden_at, removed, seq)
SELECT account_id, employer_id, job_number, hidden_at, removed, seq
FROM hidden_employers AS newest
WHERE NOT EXISTS (
    SELECT 1 FROM hidden_employers AS newer
    WHERE newer.account_id = newest.account_id
      AND newer.employer_id = newest.employer_id
      AND (newer.removed < newest.removed
           OR (newer.removed = newest.removed AND newer.seq > newest.seq))
);
DROP TABLE hidden_employers;
ALTER TABLE hidden_employers_by_employer RENAME TO hidden_employers;
CREATE INDEX hidden_employers_seq_idx ON hidden_employers (account_id, seq);
