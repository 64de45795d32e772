-- How an account wants to be told of events (a new message, an introduction, a new applicant,
-- a selection's result). No row: mails on, the default.
CREATE TABLE notification_settings (
    account_id BIGINT PRIMARY KEY NOT NULL REFERENCES accounts (id),
    mails BOOLEAN NOT NULL
);
