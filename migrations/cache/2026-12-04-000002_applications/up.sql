-- The seeker's applications as the service last confirmed them (body: JSON of MyApplication),
-- for 求職活動状況 offline. They change only from pulled changes; the app never edits them.
CREATE TABLE applications (
    id BIGINT PRIMARY KEY NOT NULL,
    applied_on DATE NOT NULL,
    body TEXT NOT NULL
);
-- A copy made before applications were synced pulls everything again once (pulls are
-- idempotent), so it gets the applications made before too.
UPDATE sync_state SET cursor = '0.0';
