-- Schema version 1: documents, codebook, coders, coded segments, memos.
CREATE TABLE frames (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    description TEXT,
    color       TEXT,
    position    INTEGER NOT NULL
);
CREATE TABLE scenarios (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    description TEXT,
    position    INTEGER NOT NULL
);
CREATE TABLE codes (
    id          INTEGER PRIMARY KEY,
    parent_id   INTEGER REFERENCES codes(id),
    frame_id    INTEGER REFERENCES frames(id),
    scenario_id INTEGER REFERENCES scenarios(id) ON DELETE CASCADE,
    name        TEXT    NOT NULL UNIQUE,
    color       TEXT,
    definition  TEXT,
    shortcut    INTEGER NOT NULL DEFAULT 0,
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE code_expectations (
    code_id     INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    scenario_id INTEGER NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
    PRIMARY KEY (code_id, scenario_id)
);
CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    title        TEXT    NOT NULL,
    doc_date     TEXT,
    type         TEXT    NOT NULL,
    actor        TEXT,
    language     TEXT,
    scenario_id  INTEGER REFERENCES scenarios(id) ON DELETE SET NULL,
    content_hash TEXT    NOT NULL UNIQUE,
    length       INTEGER NOT NULL,
    source_file  TEXT,
    imported     TEXT    NOT NULL
);
CREATE TABLE document_texts (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    text        TEXT    NOT NULL
);
CREATE TABLE document_attributes (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    value       TEXT    NOT NULL,
    PRIMARY KEY (document_id, name)
);
CREATE TABLE coders (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE segments (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    code_id      INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    coder_id     INTEGER NOT NULL REFERENCES coders(id),
    memo         TEXT,
    created      TEXT    NOT NULL,
    CHECK (start_offset >= 0 AND end_offset > start_offset),
    UNIQUE (document_id, start_offset, end_offset, code_id, coder_id)
);
CREATE INDEX segments_by_code ON segments(code_id);
CREATE INDEX segments_by_document ON segments(document_id, start_offset);
CREATE TABLE memos (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
    title       TEXT,
    text        TEXT NOT NULL,
    created     TEXT NOT NULL
);
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
