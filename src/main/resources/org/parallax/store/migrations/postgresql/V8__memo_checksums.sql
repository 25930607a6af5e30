-- Schema version 8: each memo carries the SHA-256 of its text (UTF-8, lower-case hex), written with the text, so a
-- check tells a memo damaged on disk from the one that was saved, as documents' content hashes do for their texts.
-- SQL has no portable SHA-256: the migration fills the column for existing memos in Java right after this script
-- (store.jdbc.Migrations), in the same transaction.
ALTER TABLE memos ADD COLUMN text_sha256 TEXT;
