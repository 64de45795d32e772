-- 求人申込み: an employer's postings from the first draft to the end of their life.
-- A row is a new posting (draft → submitted (仮登録) → returned (返戻, corrected and submitted
-- again) or published (受理: `job_number` names its row in `jobs`) → stopped (募集停止)), or a
-- change of a published posting (`revises_id`), reviewed the same way and deleted once its
-- form has replaced the published one. At most one change per posting is under way (UNIQUE).
-- Filed with the office that holds the employer's 事業所登録 and reviewed by the counselors of
-- its prefecture.
CREATE TABLE job_postings (
    id BIGSERIAL PRIMARY KEY,
    employer_id BIGINT NOT NULL REFERENCES employers (id),
    status TEXT NOT NULL,
    form TEXT NOT NULL,
    title TEXT NOT NULL,
    prefecture_code TEXT NOT NULL,
    office_code TEXT NOT NULL REFERENCES offices (code),
    job_number TEXT UNIQUE,
    revises_id BIGINT UNIQUE REFERENCES job_postings (id),
    extended BOOLEAN NOT NULL DEFAULT FALSE,
    return_reason TEXT,
    reviewed_by BIGINT REFERENCES accounts (id),
    reviewed_at TIMESTAMP,
    submitted_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX job_postings_employer_idx ON job_postings (employer_id, updated_at);
CREATE INDEX job_postings_queue_idx ON job_postings (prefecture_code, status, submitted_at);
