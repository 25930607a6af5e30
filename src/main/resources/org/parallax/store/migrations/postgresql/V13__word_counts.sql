-- Schema version 13: each document keeps the number of words of its text (model.WordCount) beside it, so the rates per
-- 10,000 words of Table 1 and the other matrices read a column instead of every text (at 10,000 documents, 500 MB read
-- and counted on the first Table 1 after opening). Written with the text at every import; the counts of the texts
-- already stored are taken in Java right after this script (store.jdbc.StoredWordCounts), in the same transaction
-- (docs/decisions/0032).
ALTER TABLE documents ADD COLUMN words BIGINT;
