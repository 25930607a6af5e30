-- Schema version 3 (PostgreSQL dialect): the frame guide's inclusion and exclusion rules per code, and anchor examples
-- that link a code to coded passages showing it well.
ALTER TABLE codes ADD COLUMN inclusion TEXT;
ALTER TABLE codes ADD COLUMN exclusion TEXT;
CREATE TABLE code_anchors (
    code_id    BIGINT  NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    segment_id BIGINT  NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    PRIMARY KEY (code_id, segment_id),
    -- PostgreSQL has no rowid: the order anchors were added in (the dialect's anchorInsertionOrder).
    added      BIGINT  GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX code_anchors_by_segment ON code_anchors(segment_id);
