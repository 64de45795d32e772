-- 応募検討依頼: an employer asks a seeker who published their 求職情報 to consider applying to
-- one of the employer's postings. One per posting and seeker (UNIQUE); `view` is the
-- anonymous 求職情報 as the employer saw it; `answer` (applied / declined) is set once.
-- `seeker_seq` numbers the last change in the seeker's MyPage sequence.
CREATE TABLE direct_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    job_id BIGINT NOT NULL REFERENCES jobs (id),
    job_number TEXT NOT NULL,
    employer_id BIGINT NOT NULL REFERENCES employers (id),
    seeker_id BIGINT NOT NULL REFERENCES seekers (id),
    view TEXT NOT NULL,
    note TEXT NOT NULL,
    sent_at TIMESTAMP NOT NULL,
    answer TEXT,
    answered_at TIMESTAMP,
    seeker_seq BIGINT NOT NULL,
    UNIQUE (job_id, seeker_id)
);
CREATE INDEX direct_requests_seeker_idx ON direct_requests (seeker_id, seeker_seq);

-- How many seekers were asked per posting: claimed by one guarded update (below the limit)
-- before a request is stored, in the same transaction.
CREATE TABLE request_counts (
    job_id BIGINT PRIMARY KEY NOT NULL REFERENCES jobs (id),
    sent INTEGER NOT NULL
);

-- What employers search published 求職情報 by: one row per term of a publication
-- ("occupation:<code>" for each wished code and its parents, "occupation=<code>" for the code
-- itself, "prefecture:<code>", "experience:<code>" for the 中分類 and its 大分類), written with it.
CREATE TABLE publication_terms (
    term TEXT NOT NULL,
    seeker_id BIGINT NOT NULL REFERENCES seekers (id),
    PRIMARY KEY (term, seeker_id)
);
CREATE INDEX publication_terms_seeker_idx ON publication_terms (seeker_id);
