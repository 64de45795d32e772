-- Applications follow the seeker's MyPage sync: every write of an application (stored, its
-- selection ended, withdrawn) takes the next number of the seeker's account's `mypage_sync`
-- sequence in its own transaction and writes it here, so a device pulls what changed since its
-- cursor. 0: written while the seeker had no account (a device asking from the start gets all).
ALTER TABLE applications ADD COLUMN sync_seq BIGINT NOT NULL DEFAULT 0;
CREATE INDEX applications_sync_idx ON applications (seeker_id, sync_seq);
