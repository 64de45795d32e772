DROP INDEX jobs_referral_deadline_idx;
DROP INDEX seekers_valid_until_idx;
DROP TABLE daily_runs;
DROP INDEX jobs_published_idx;
DROP TABLE sent_notices;
ALTER TABLE notification_settings DROP COLUMN new_jobs_digest;
ALTER TABLE saved_searches DROP COLUMN notify_new;
ALTER TABLE jobs DROP COLUMN published_at;
