-- Schema version 7: codebook entries, document metadata and memos carry a version, raised by every change, and
-- the name of who made the last change, so an edit made against a stale version is refused with a message
-- naming who changed it (two windows on one file, or two coders on one server).
ALTER TABLE frames ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE frames ADD COLUMN changed_by TEXT;
ALTER TABLE scenarios ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE scenarios ADD COLUMN changed_by TEXT;
ALTER TABLE codes ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE codes ADD COLUMN changed_by TEXT;
ALTER TABLE documents ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE documents ADD COLUMN changed_by TEXT;
ALTER TABLE memos ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE memos ADD COLUMN changed_by TEXT;
