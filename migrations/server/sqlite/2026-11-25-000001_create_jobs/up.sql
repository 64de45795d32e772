-- Hello Work offices (受理安定所 and the public directory).
CREATE TABLE offices (
    code TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    prefecture_code TEXT NOT NULL,
    address TEXT NOT NULL,
    phone TEXT NOT NULL,
    hours TEXT NOT NULL
);

-- Employers (求人者). Accounts and the 事業所 profile extend this table later.
CREATE TABLE employers (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    office_number TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- Monotonic change counters, bumped inside the writing transaction, so that readers that follow
-- a counter (the search index, MyPage sync) see changes in commit order.
CREATE TABLE change_counters (
    name TEXT PRIMARY KEY NOT NULL,
    value BIGINT NOT NULL
);
INSERT INTO change_counters (name, value) VALUES ('jobs', 0);

-- Postings. Filterable facts are columns; the full 求人票 is the JSON document in `sheet`.
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    job_number TEXT NOT NULL UNIQUE,
    employer_id BIGINT NOT NULL REFERENCES employers (id),
    office_code TEXT NOT NULL REFERENCES offices (code),
    status TEXT NOT NULL,
    publication TEXT NOT NULL,
    received_on DATE NOT NULL,
    referral_deadline DATE NOT NULL,
    prefecture_code TEXT NOT NULL,
    municipality_code TEXT NOT NULL,
    occupation_code TEXT NOT NULL,
    title TEXT NOT NULL,
    sheet TEXT NOT NULL,
    change_seq BIGINT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX jobs_change_seq_idx ON jobs (change_seq);
CREATE INDEX jobs_employer_idx ON jobs (employer_id);
CREATE INDEX jobs_prefecture_idx ON jobs (prefecture_code, received_on);

-- Small facts about this database (e.g. which demo data set it holds).
CREATE TABLE service_settings (
    name TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
