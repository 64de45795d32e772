-- A hide keeps the 公開範囲 of the posting it was made from and leaves out only the postings
-- that show the employer the same way (shigoto_domain::hidden_employers): one row per employer
-- and 公開範囲, so hiding an unnamed posting's employer never touches its named postings. A row
-- whose posting is gone (none is ever deleted) takes the range that reaches the fewest postings.
ALTER TABLE hidden_employers ADD COLUMN publication TEXT;
UPDATE hidden_employers
SET publication = COALESCE(
    (SELECT jobs.publication FROM jobs WHERE jobs.job_number = hidden_employers.job_number),
    'no_company_name'
);
ALTER TABLE hidden_employers ALTER COLUMN publication SET NOT NULL;
ALTER TABLE hidden_employers DROP CONSTRAINT hidden_employers_pkey;
ALTER TABLE hidden_employers ADD PRIMARY KEY (account_id, employer_id, publication);
