-- 応募書類: the PDFs (履歴書, 職務経歴書…) a job seeker sends with an online application, at
-- most three of at most 5 MB each (checked by the domain before they are stored). They are
-- written in the application's own transaction and never change; `number` orders them within
-- the application and names one when it is read. The service keeps them in the database so
-- that every instance serves them.
CREATE TABLE application_documents (
    application_id BIGINT NOT NULL REFERENCES applications (id),
    number INTEGER NOT NULL,
    kind TEXT NOT NULL,
    file_name TEXT NOT NULL,
    byte_size BIGINT NOT NULL,
    content BLOB NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (application_id, number)
);
