-- オンライン職業紹介 and おすすめ求人: a counselor points a job out to a job seeker, once per
-- seeker, posting and kind. Each is numbered in the seeker's MyPage sequence (`sync_seq`) so
-- devices pull it, and announced by a message in the seeker's Hello Work thread, which keeps
-- the posting's number (`messages.job_number`) for the app to open its 求人票.
CREATE TABLE job_introductions (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    seeker_id BIGINT NOT NULL REFERENCES seekers (id),
    job_id BIGINT NOT NULL REFERENCES jobs (id),
    job_number TEXT NOT NULL,
    kind TEXT NOT NULL,
    counselor_account_id BIGINT NOT NULL REFERENCES accounts (id),
    introduced_by TEXT NOT NULL,
    note TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    sync_seq BIGINT NOT NULL,
    UNIQUE (seeker_id, job_id, kind)
);
CREATE INDEX job_introductions_seeker_idx ON job_introductions (seeker_id, sync_seq);
ALTER TABLE messages ADD COLUMN job_number TEXT;
