-- Employers hidden from the results, as the service last confirmed them, named by the posting
-- they were hidden from (employer_name NULL: 事業所名非公開).
CREATE TABLE hidden_employers (
    job_number TEXT PRIMARY KEY NOT NULL,
    employer_name TEXT,
    title TEXT NOT NULL,
    hidden_at TIMESTAMP NOT NULL
);
