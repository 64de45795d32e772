-- Applications (応募): a job seeker's online self-application (自主応募) or a counselor's
-- referral (紹介) to a published posting, one per seeker and posting (UNIQUE), 選考中
-- (in_progress) until its selection ends once: hired (採用), rejected (不採用, with an optional
-- reason), declined (辞退) or cancelled (取消), moved by a guarded update naming in_progress.
-- `profile` is the JSON of what the seeker sent, as it was on the day; `employer_id` is the
-- posting's employer, the only one who sees the application. A referral keeps the facts of its
-- 紹介状 in `letter` (JSON), as they were on the day.
CREATE TABLE applications (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    seeker_id BIGINT NOT NULL REFERENCES seekers (id),
    job_id BIGINT NOT NULL REFERENCES jobs (id),
    employer_id BIGINT NOT NULL REFERENCES employers (id),
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    profile TEXT NOT NULL,
    message TEXT NOT NULL,
    result_reason TEXT,
    referred_by BIGINT REFERENCES accounts (id),
    letter TEXT,
    applied_on DATE NOT NULL,
    decided_on DATE,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (seeker_id, job_id)
);
CREATE INDEX applications_job_idx ON applications (job_id, created_at);
CREATE INDEX applications_employer_idx ON applications (employer_id, created_at);
