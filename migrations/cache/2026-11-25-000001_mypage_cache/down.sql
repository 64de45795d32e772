DROP TABLE rejections;
DROP TABLE sheets;
DROP TABLE outbox;
DROP TABLE saved_searches;
DROP TABLE favorites;
DROP TABLE sync_state;
