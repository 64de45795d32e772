DROP TABLE idempotency_keys;
DROP TABLE saved_searches;
DROP TABLE favorites;
DROP TABLE mypage_sync;
