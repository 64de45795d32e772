-- 新着をお知らせ of each saved search, as the service last confirmed it.
ALTER TABLE saved_searches ADD COLUMN notify_new BOOLEAN NOT NULL DEFAULT 0;

-- How many postings were new for each saved search at the last check (counted from its run at
-- `since`), and how many of them this device already told of.
CREATE TABLE new_postings (
    search_id TEXT PRIMARY KEY NOT NULL,
    since TIMESTAMP NOT NULL,
    count BIGINT NOT NULL,
    told BIGINT NOT NULL DEFAULT 0
);

-- When the device last had the counts (they are asked for every few minutes, not every pull).
ALTER TABLE sync_state ADD COLUMN new_postings_checked_at TIMESTAMP;

-- A copy made before the mark was synced pulls everything again once.
UPDATE sync_state SET cursor = '0.0';

-- Expiry reminders this device told of (`shigoto_domain::reminders::told_key`: what, its last
-- day and the stage), each told once.
CREATE TABLE told_reminders (
    about TEXT PRIMARY KEY NOT NULL
);

-- The reminders of the last pull (body: JSON of Reminder), replaced by each pull: what the
-- app's banners show, counted on the service's day.
CREATE TABLE reminders (
    about TEXT PRIMARY KEY NOT NULL,
    body TEXT NOT NULL
);
