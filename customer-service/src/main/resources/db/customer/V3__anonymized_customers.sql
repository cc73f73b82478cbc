-- an archived customer whose personal data was erased (cms.deletion.anonymize-on-archive)
ALTER TABLE customer_view ADD COLUMN anonymized BOOLEAN NOT NULL DEFAULT false;
