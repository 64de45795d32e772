-- 職業相談: the counselling sessions a counselor recorded with a job seeker of their prefecture.
-- `office_code` and `counselor_id` say who held it; `note` is for counselors alone. A session of
-- a 本登録 in the registration's last month moved `seekers.valid_until` in the same transaction.
CREATE TABLE counselling_sessions (
    id BIGSERIAL PRIMARY KEY,
    seeker_id BIGINT NOT NULL REFERENCES seekers (id),
    counselor_id BIGINT NOT NULL REFERENCES accounts (id),
    office_code TEXT NOT NULL REFERENCES offices (code),
    held_on DATE NOT NULL,
    topic TEXT NOT NULL,
    note TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX counselling_sessions_seeker_idx ON counselling_sessions (seeker_id, held_on);
