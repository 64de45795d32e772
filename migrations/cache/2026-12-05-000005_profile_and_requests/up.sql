-- 求職者情報 as the service last confirmed it (body: JSON of SeekerProfile); one row at most.
CREATE TABLE profile (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    body TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- 応募検討依頼 received, as last synced (body: JSON of ReceivedRequest).
CREATE TABLE requests (
    id BIGINT PRIMARY KEY NOT NULL,
    body TEXT NOT NULL
);
