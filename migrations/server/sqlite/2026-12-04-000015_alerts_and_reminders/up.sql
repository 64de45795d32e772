-- When a posting was first published here (受理, or loaded): new-job alerts count postings
-- published after a saved search was last run. Postings already stored count from the start
-- of their 受付 day in Japan.
ALTER TABLE jobs ADD COLUMN published_at TIMESTAMP NOT NULL DEFAULT '1970-01-01 00:00:00';
UPDATE jobs SET published_at = datetime(received_on, '-9 hours');

-- 新着をお知らせ: the device tells the seeker of new postings for this saved search.
ALTER TABLE saved_searches ADD COLUMN notify_new BOOLEAN NOT NULL DEFAULT FALSE;

-- The daily mail of new postings for the searches marked 新着をお知らせ (off unless asked).
ALTER TABLE notification_settings ADD COLUMN new_jobs_digest BOOLEAN NOT NULL DEFAULT FALSE;

-- Mails sent once (a day's digest, an expiry reminder): the row is claimed by one insert
-- before the mail goes, so of many service instances one sends it.
CREATE TABLE sent_notices (
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    kind TEXT NOT NULL,
    about TEXT NOT NULL,
    sent_at TIMESTAMP NOT NULL,
    PRIMARY KEY (account_id, kind, about)
);
CREATE INDEX jobs_published_idx ON jobs (published_at);

-- A daily pass over many accounts (the digests, the expiry reminders) is run by one instance a
-- day: the row is claimed by one insert, or taken over by a guarded update when its claim is
-- old and the pass never finished (the instance stopped half-way).
CREATE TABLE daily_runs (
    task TEXT NOT NULL,
    day DATE NOT NULL,
    claimed_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    PRIMARY KEY (task, day)
);
CREATE INDEX seekers_valid_until_idx ON seekers (valid_until);
CREATE INDEX jobs_referral_deadline_idx ON jobs (referral_deadline);
