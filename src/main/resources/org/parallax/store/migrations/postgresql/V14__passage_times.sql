-- Schema version 14: a passage's time (segments.created, and the copy a piece of evidence keeps of it) is an integer,
-- nanoseconds since 1970-01-01T00:00:00Z, instead of the instant's text: loading 3,000,000 passages read and parsed
-- 3,000,000 texts, a fifth of the first Table 1 after opening (docs/decisions/0033). The integer columns are added
-- here; store.jdbc.StoredPassageTimes fills them in Java right after this script, in the same transaction, moves each
-- intact row's checksum to the integer, and puts them in place of the text columns.
ALTER TABLE segments ADD COLUMN created_nanos BIGINT;
ALTER TABLE evidence_passages ADD COLUMN segment_created_nanos BIGINT;
