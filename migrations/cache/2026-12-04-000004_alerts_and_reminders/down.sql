DROP TABLE reminders;
DROP TABLE told_reminders;
ALTER TABLE sync_state DROP COLUMN new_postings_checked_at;
DROP TABLE new_postings;
ALTER TABLE saved_searches DROP COLUMN notify_new;
