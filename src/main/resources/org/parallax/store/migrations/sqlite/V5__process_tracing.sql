-- Schema version 5: process tracing (docs/process-tracing.md). Hypothesis sets of exclusive, exhaustive hypotheses
-- with priors; evidence items with P(E|H) per hypothesis (a number is a range with low = high), an optional event date
-- and dependency group; the passages each item rests on; the analyst's events of the causal chain.
-- Set and hypothesis names are unique regardless of case: the workbench checks that before it writes (portable SQL).
CREATE TABLE hypothesis_sets (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    description TEXT,
    created     TEXT    NOT NULL
);
CREATE TABLE hypotheses (
    id        INTEGER PRIMARY KEY,
    set_id    INTEGER NOT NULL REFERENCES hypothesis_sets(id) ON DELETE CASCADE,
    name      TEXT    NOT NULL,
    statement TEXT    NOT NULL,
    prior     REAL    NOT NULL CHECK (prior >= 0 AND prior <= 1),
    catch_all INTEGER NOT NULL DEFAULT 0,
    position  INTEGER NOT NULL,
    UNIQUE (set_id, name)
);
CREATE TABLE evidence (
    id               INTEGER PRIMARY KEY,
    set_id           INTEGER NOT NULL REFERENCES hypothesis_sets(id) ON DELETE CASCADE,
    description      TEXT    NOT NULL,
    note             TEXT,
    event_date       TEXT,
    dependency_group TEXT,
    created          TEXT    NOT NULL
);
CREATE INDEX evidence_by_set ON evidence(set_id);
CREATE TABLE evidence_likelihoods (
    evidence_id   INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    hypothesis_id INTEGER NOT NULL REFERENCES hypotheses(id) ON DELETE CASCADE,
    low           REAL    NOT NULL,
    high          REAL    NOT NULL,
    CHECK (low >= 0 AND low <= high AND high <= 1),
    PRIMARY KEY (evidence_id, hypothesis_id)
);
-- No foreign keys to segments or documents on purpose: evidence outlives its passage. The quote and citation are
-- copied here; segment_created, code_id and content_hash tell a passage later deleted, recoded or replaced (an id
-- SQLite reused) from the one quoted, so the evidence says so instead of dangling.
CREATE TABLE evidence_passages (
    id              INTEGER PRIMARY KEY,
    evidence_id     INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    segment_id      INTEGER,
    segment_created TEXT,
    code_id         INTEGER,
    document_id     INTEGER NOT NULL,
    content_hash    TEXT    NOT NULL,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    quote           TEXT    NOT NULL,
    document_title  TEXT    NOT NULL,
    document_date   TEXT,
    actor           TEXT,
    CHECK (start_offset >= 0 AND end_offset > start_offset)
);
CREATE INDEX evidence_passages_by_evidence ON evidence_passages(evidence_id, position);
CREATE TABLE causal_events (
    id          INTEGER PRIMARY KEY,
    event_date  TEXT    NOT NULL,
    label       TEXT    NOT NULL,
    description TEXT
);
