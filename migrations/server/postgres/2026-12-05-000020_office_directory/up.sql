-- The public office directory: whether an office is one of the demo's invented offices, and
-- which office's jurisdiction (管轄) covers each municipality. Online filings (仮登録,
-- 事業所登録) go to the office covering the person's or the company's municipality.
ALTER TABLE offices ADD COLUMN demo BOOLEAN NOT NULL DEFAULT FALSE;
-- Every office stored until now came from the demo's directory.
UPDATE offices SET demo = TRUE;
CREATE TABLE office_jurisdictions (
    municipality_code TEXT PRIMARY KEY,
    office_code TEXT NOT NULL REFERENCES offices (code)
);
CREATE INDEX office_jurisdictions_office_idx ON office_jurisdictions (office_code);
