-- Counters of rate limits (sign-in per client and per address, 認証キー issues and tries),
-- one row per bucket and fixed window, changed only by guarded single-statement updates.
CREATE TABLE rate_limits (
    bucket TEXT PRIMARY KEY NOT NULL,
    window_start TIMESTAMP NOT NULL,
    count INTEGER NOT NULL
);
CREATE INDEX rate_limits_window_idx ON rate_limits (window_start);

-- Sign-in attempts are counted in rate_limits now.
DROP TABLE login_attempts;

-- Pruning finds what has expired by these.
CREATE INDEX auth_keys_expires_idx ON auth_keys (expires_at);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);
