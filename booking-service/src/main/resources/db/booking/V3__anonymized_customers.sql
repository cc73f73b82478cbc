-- a customer whose personal data was erased: archived with cms.deletion.anonymize-on-archive, or purged
ALTER TABLE customer_summary ADD COLUMN anonymized BOOLEAN NOT NULL DEFAULT false;
