-- Schema version 4: one memos table for every memo a researcher writes: the project's research journal, a
-- document's, a code's and a coded passage's, each with its author and the dates it was written and last changed.
-- Passage memos move here from segments.memo; rows of the old memos table (never written by earlier versions)
-- become project or document memos.
CREATE TABLE memos_v4 (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL CHECK (kind IN ('project', 'document', 'code', 'passage')),
    document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
    code_id     INTEGER REFERENCES codes(id) ON DELETE CASCADE,
    segment_id  INTEGER REFERENCES segments(id) ON DELETE CASCADE,
    text        TEXT    NOT NULL,
    author_id   INTEGER REFERENCES coders(id),
    created     TEXT    NOT NULL,
    modified    TEXT    NOT NULL,
    CHECK ((kind = 'document') = (document_id IS NOT NULL)),
    CHECK ((kind = 'code') = (code_id IS NOT NULL)),
    CHECK ((kind = 'passage') = (segment_id IS NOT NULL))
);
INSERT INTO memos_v4(kind, document_id, text, created, modified)
    SELECT CASE WHEN document_id IS NULL THEN 'project' ELSE 'document' END, document_id,
           group_concat(CASE WHEN title IS NULL OR title = '' THEN text ELSE title || char(10) || text END,
                        char(10) || char(10)),
           min(created), max(created)
    FROM memos GROUP BY document_id;
INSERT INTO memos_v4(kind, segment_id, text, author_id, created, modified)
    SELECT 'passage', id, memo, coder_id, created, created FROM segments WHERE memo IS NOT NULL AND trim(memo) <> '';
DROP TABLE memos;
ALTER TABLE memos_v4 RENAME TO memos;
ALTER TABLE segments DROP COLUMN memo;
CREATE UNIQUE INDEX memos_of_project ON memos(kind) WHERE kind = 'project';
-- Each target column is set for its own kind only (the checks above), so plain unique indexes allow one memo per target.
CREATE UNIQUE INDEX memos_of_document ON memos(document_id);
CREATE UNIQUE INDEX memos_of_code ON memos(code_id);
CREATE UNIQUE INDEX memos_of_segment ON memos(segment_id);
