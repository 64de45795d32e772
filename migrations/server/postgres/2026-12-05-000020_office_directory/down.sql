DROP TABLE office_jurisdictions;
ALTER TABLE offices DROP COLUMN demo;
