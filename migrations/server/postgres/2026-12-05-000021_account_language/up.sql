-- The language an account reads the service's mails in ('ja' or 'en'): the one the app showed
-- when the account was opened, then at each sign-in (and when the person switches it).
ALTER TABLE accounts ADD COLUMN language TEXT NOT NULL DEFAULT 'ja';
