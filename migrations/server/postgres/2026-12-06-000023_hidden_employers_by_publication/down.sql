-- Back to one row per employer: the kept row changed last stays (else the row changed last).
DELETE FROM hidden_employers AS older
WHERE EXISTS (
    SELECT 1 FROM hidden_employers AS newer
    WHERE newer.account_id = older.account_id
      AND newer.employer_id = older.employer_id
      AND (newer.removed < older.removed
           OR (newer.removed = older.removed AND newer.seq > older.seq))
);
ALTER TABLE hidden_employers DROP CONSTRAINT hidden_employers_pkey;
ALTER TABLE hidden_employers DROP COLUMN publication;
ALTER TABLE hidden_employers ADD PRIMARY KEY (account_id, employer_id);
