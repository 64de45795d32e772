DROP INDEX sessions_expires_idx;
DROP INDEX auth_keys_expires_idx;
CREATE TABLE login_attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    client TEXT NOT NULL,
    attempted_at TIMESTAMP NOT NULL
);
CREATE INDEX login_attempts_client_idx ON login_attempts (client, attempted_at);
DROP TABLE rate_limits;
