-- A hide keeps the 公開範囲 of the posting it was made from and leaves out only the postings
-- that show the employer the same way (shigoto_domain::hidden_employers): one row per employer
-- and 公開範囲, so hiding an unnamed posting's employer never touches its named postings. A row
-- whose posting is gone (none is ever deleted) takes the range that reaches the fewest postings.
-- SQLite cannot change a primary key: the table is made again.
CREATE TABLE hidden_employers_by_publication (
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    employer_id BIGINT NOT NULL REFERENCES employers (id),
    publication TEXT NOT NULL,
    job_number TEXT NOT NULL,
    hidden_at TIMESTAMP NOT NULL,
    removed BOOLEAN NOT NULL,
    seq BIGINT NOT NULL,
    PRIMARY KEY (account_id, employer_id, publication)
);
INSERT INTO hidden_employers_by_publication
    (account_id, employer_id, publication, job_number, hidden_at, removed, seq)
SELECT account_id, employer_id,
       COALESCE(
           (SELECT jobs.publication FROM jobs WHERE jobs.job_number = hidden_employers.job_number),
           'no_company_name'
       ),
       job_number, hidden_at, removed, seq
FROM hidden_employers;
DROP TABLE hidden_employers;
ALTER TABLE hidden_employers_by_publication RENAME TO hidden_employers;
CREATE INDEX hidden_employers_seq_idx ON hidden_employers (account_id, seq);
