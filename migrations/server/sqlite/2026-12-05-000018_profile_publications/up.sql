-- 求職情報公開: the anonymous view of a job seeker that employers may search, stored exactly as
-- the seeker previewed and agreed to it (JSON of AnonymousProfile), with when they agreed.
-- `stopped_at` is set when they stop publishing; a registration no longer 有効 is not shown
-- whatever this row says. `public_id` is the opaque name employers know it by (new each time
-- it is published again, so two publications cannot be linked).
CREATE TABLE profile_publications (
    seeker_id BIGINT PRIMARY KEY NOT NULL REFERENCES seekers (id),
    public_id TEXT NOT NULL UNIQUE,
    view TEXT NOT NULL,
    agreed_at TIMESTAMP NOT NULL,
    stopped_at TIMESTAMP,
    -- The licences, one a line (employers search them by word).
    licences TEXT NOT NULL DEFAULT ''
);
