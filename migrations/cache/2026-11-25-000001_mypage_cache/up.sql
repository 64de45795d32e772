-- Where this copy stands: the service's cursor and the last sync attempts (one row).
CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    cursor TEXT NOT NULL,
    last_success_at TIMESTAMP,
    last_attempt_at TIMESTAMP,
    last_error TEXT
);
INSERT INTO sync_state (id, cursor) VALUES (1, '0.0');

-- Favorites as the service last confirmed them, with the 求人票 as last synced.
CREATE TABLE favorites (
    job_number TEXT PRIMARY KEY NOT NULL,
    added_at TIMESTAMP NOT NULL,
    sheet TEXT,
    closed BOOLEAN NOT NULL DEFAULT 0
);

-- Saved searches as the service last confirmed them (params: JSON of JobSearchParams).
CREATE TABLE saved_searches (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    params TEXT NOT NULL,
    last_run_at TIMESTAMP,
    updated_at TIMESTAMP NOT NULL
);

-- Edits made on this device, in the order they were made, until a pull covers them: first
-- waiting to be sent, then (acked) applied by the service but not yet in the confirmed tables.
CREATE TABLE outbox (
    position INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    key TEXT NOT NULL UNIQUE,
    mutation TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    acked BOOLEAN NOT NULL DEFAULT 0
);

-- 求人票 seen on this device, so a favorite added before the next sync opens offline.
CREATE TABLE sheets (
    job_number TEXT PRIMARY KEY NOT NULL,
    sheet TEXT NOT NULL,
    fetched_at TIMESTAMP NOT NULL
);

-- Edits the service refused for good (e.g. the 301st favorite), to tell the user once.
CREATE TABLE rejections (
    key TEXT PRIMARY KEY NOT NULL,
    mutation TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    rejected_at TIMESTAMP NOT NULL,
    seen BOOLEAN NOT NULL DEFAULT 0
);
