-- The reader's message threads as the service last confirmed them (body: JSON of
-- ThreadSummary) and their messages (body: JSON of ThreadMessage), for メッセージ offline. They
-- change only from pulled changes.
CREATE TABLE threads (
    id BIGINT PRIMARY KEY NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE messages (
    id BIGINT PRIMARY KEY NOT NULL,
    thread_id BIGINT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX messages_thread_idx ON messages (thread_id, id);

-- Messages written on this device, in the order they were written, under the key that makes
-- sending them again harmless: first waiting to be sent, then (acked) stored by the service
-- but not yet pulled back.
CREATE TABLE message_outbox (
    position INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    key TEXT NOT NULL UNIQUE,
    thread_id BIGINT NOT NULL,
    body TEXT NOT NULL,
    written_at TIMESTAMP NOT NULL,
    acked BOOLEAN NOT NULL DEFAULT 0
);

-- 既読 marked on this device, until a pull brings it back (only ever moved forward).
CREATE TABLE read_marks (
    thread_id BIGINT PRIMARY KEY NOT NULL,
    up_to BIGINT NOT NULL,
    acked BOOLEAN NOT NULL DEFAULT 0
);

-- オンライン職業紹介 and おすすめ求人 sent to the seeker (body: JSON of JobIntroduction), as
-- pulled.
CREATE TABLE introductions (
    id BIGINT PRIMARY KEY NOT NULL,
    body TEXT NOT NULL
);

-- What the person has seen on 求職活動状況 on this device (introductions by id, results by the
-- application's id), for the menu's count of what is new there.
CREATE TABLE seen_items (
    kind TEXT NOT NULL,
    id BIGINT NOT NULL,
    PRIMARY KEY (kind, id)
);

-- A copy made before messages were synced pulls everything again once.
UPDATE sync_state SET cursor = '0.0';
