-- The job seeker's visits on this device (one row at most), for 「前回以降の新着」: the last
-- search of the previous visit and the last search of this one.
CREATE TABLE visits (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    previous_end TIMESTAMP,
    last_active TIMESTAMP
);
