-- Everyone who can sign in: job seekers with a MyPage, employers, counselors.
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    role TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TIMESTAMP,
    terms_version TEXT,
    terms_agreed_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- Hello Work staff and the office they work at.
CREATE TABLE counselors (
    account_id BIGINT PRIMARY KEY NOT NULL REFERENCES accounts (id),
    name TEXT NOT NULL,
    office_code TEXT NOT NULL REFERENCES offices (code)
);

-- Job seekers' registrations (求職登録), with a MyPage (account_id) or not yet.
CREATE TABLE seekers (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    seeker_number TEXT NOT NULL UNIQUE,
    account_id BIGINT UNIQUE REFERENCES accounts (id),
    name TEXT NOT NULL,
    name_kana TEXT NOT NULL,
    birth_date DATE NOT NULL,
    email TEXT NOT NULL,
    prefecture_code TEXT NOT NULL,
    office_code TEXT NOT NULL REFERENCES offices (code),
    status TEXT NOT NULL,
    applied_on DATE NOT NULL,
    valid_until DATE NOT NULL,
    registered_by BIGINT REFERENCES accounts (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX seekers_email_idx ON seekers (email);

-- Serial numbers per office (求職番号), bumped inside the registering transaction.
CREATE TABLE office_serials (
    office_code TEXT NOT NULL,
    kind TEXT NOT NULL,
    value BIGINT NOT NULL,
    PRIMARY KEY (office_code, kind)
);

-- 認証キー sent by mail: stored hashed, single use, limited tries, 50 minutes.
CREATE TABLE auth_keys (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    purpose TEXT NOT NULL,
    email TEXT NOT NULL,
    key_hash TEXT NOT NULL,
    subject_id BIGINT,
    payload TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX auth_keys_email_idx ON auth_keys (email, purpose);

-- Sessions: only the SHA-256 of the token is stored.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY NOT NULL,
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);
CREATE INDEX sessions_account_idx ON sessions (account_id);

-- Sign-in attempts per client address, for throttling.
CREATE TABLE login_attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    client TEXT NOT NULL,
    attempted_at TIMESTAMP NOT NULL
);
CREATE INDEX login_attempts_client_idx ON login_attempts (client, attempted_at);

-- Employers get an account and a registration state (仮登録 → 受理, or 返戻).
ALTER TABLE employers ADD COLUMN account_id BIGINT REFERENCES accounts (id);
ALTER TABLE employers ADD COLUMN status TEXT NOT NULL DEFAULT 'accepted';
ALTER TABLE employers ADD COLUMN profile TEXT NOT NULL DEFAULT '{}';
