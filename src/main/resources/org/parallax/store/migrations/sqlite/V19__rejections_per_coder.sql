-- Schema version 19: a suggestion the assistant was told was wrong is remembered for the coder who rejected it
-- (assistant_rejections.coder_id, in the key), no longer for every coder: one coder's rejections hid the suggestion
-- from a second coder, who is to code blind to the first (docs/agreement.md), and steered them. SQLite cannot change a
-- table's key, so the rows move to this table and store.jdbc.RejectionCoders moves them over right after this script,
-- in the same transaction: it drops the old table, gives this one its name and seals each intact row again over the
-- coder. A rejection stored before names no coder; it is given to the project's first coder (the lowest id but the
-- assistant's own layer): the analyst who set the project up and ran the assistant before any second coder came, so
-- their suggestions stay hidden as they were and a second coder, added later, is not steered by rejections not theirs.
-- One a project without such a coder holds cannot be anyone's and goes (the suggestion is offered again).
CREATE TABLE assistant_rejections_of_coders (
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    coder_id     INTEGER NOT NULL REFERENCES coders(id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    code_id      INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    created      TEXT    NOT NULL,
    row_crc      INTEGER,
    PRIMARY KEY (document_id, coder_id, start_offset, end_offset, code_id)
);
