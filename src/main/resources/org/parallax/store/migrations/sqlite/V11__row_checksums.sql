-- Schema version 11: each row of the tables that hold the researcher's work carries the CRC-32 of its values
-- (store.jdbc.RowChecks), written with the row, so a check tells a row damaged on disk (a flipped bit in a passage's
-- offsets, a code's name, a document's title) from the one that was saved. The sums of existing rows are filled in
-- Java right after this script (store.jdbc.Migrations), in the same transaction.
ALTER TABLE documents ADD COLUMN row_crc INTEGER;
ALTER TABLE document_attributes ADD COLUMN row_crc INTEGER;
ALTER TABLE frames ADD COLUMN row_crc INTEGER;
ALTER TABLE scenarios ADD COLUMN row_crc INTEGER;
ALTER TABLE codes ADD COLUMN row_crc INTEGER;
ALTER TABLE code_expectations ADD COLUMN row_crc INTEGER;
ALTER TABLE coders ADD COLUMN row_crc INTEGER;
ALTER TABLE segments ADD COLUMN row_crc INTEGER;
ALTER TABLE code_anchors ADD COLUMN row_crc INTEGER;
ALTER TABLE memos ADD COLUMN row_crc INTEGER;
ALTER TABLE hypothesis_sets ADD COLUMN row_crc INTEGER;
ALTER TABLE hypotheses ADD COLUMN row_crc INTEGER;
ALTER TABLE evidence ADD COLUMN row_crc INTEGER;
ALTER TABLE evidence_likelihoods ADD COLUMN row_crc INTEGER;
ALTER TABLE evidence_passages ADD COLUMN row_crc INTEGER;
ALTER TABLE causal_events ADD COLUMN row_crc INTEGER;
ALTER TABLE passage_provenance ADD COLUMN row_crc INTEGER;
ALTER TABLE assistant_rejections ADD COLUMN row_crc INTEGER;
ALTER TABLE saved_searches ADD COLUMN row_crc INTEGER;
