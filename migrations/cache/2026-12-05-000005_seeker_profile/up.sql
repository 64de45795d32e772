-- 求職者情報 as the service last confirmed it (body: JSON of SeekerProfile); one row at most.
CREATE TABLE profile (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    body TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
