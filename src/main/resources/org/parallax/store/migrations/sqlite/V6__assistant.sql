-- Schema version 6: the coding assistant. Where a passage the assistant proposed came from (method, version,
-- settings, confidence, date), for its own layer and for suggestions the analyst accepted; and the suggestions
-- the analyst rejected, so the same suggestion does not come back.
CREATE TABLE passage_provenance (
    segment_id INTEGER PRIMARY KEY REFERENCES segments(id) ON DELETE CASCADE,
    method     TEXT    NOT NULL,
    version    TEXT    NOT NULL,
    settings   TEXT    NOT NULL,
    confidence REAL    NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    created    TEXT    NOT NULL
);
CREATE TABLE assistant_rejections (
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    code_id      INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    created      TEXT    NOT NULL,
    PRIMARY KEY (document_id, start_offset, end_offset, code_id)
);
