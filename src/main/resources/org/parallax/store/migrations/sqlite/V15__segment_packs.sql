-- Schema version 15: a document's passages may be kept packed in one value (segment_packs), so that opening a project
-- reads one row a document instead of one a passage (docs/decisions/0034). A pack is a copy, never the record: the
-- triggers below delete a document's pack whenever one of its passages is inserted, changed or deleted, by whatever
-- path (a cascade from a removed document or code included), so a pack that exists agrees with the rows it was made
-- from. store.jdbc.SegmentPacks writes and reads the format; check compares each pack with its document's rows. The
-- statements change nothing where the table and triggers are there already (a file whose schema number was lowered).
CREATE TABLE IF NOT EXISTS segment_packs (
    document_id INTEGER PRIMARY KEY,
    pack        BLOB NOT NULL
);
CREATE TRIGGER IF NOT EXISTS segment_packs_on_insert AFTER INSERT ON segments BEGIN DELETE FROM segment_packs WHERE document_id = NEW.document_id; END;
CREATE TRIGGER IF NOT EXISTS segment_packs_on_update AFTER UPDATE ON segments BEGIN DELETE FROM segment_packs WHERE document_id IN (OLD.document_id, NEW.document_id); END;
CREATE TRIGGER IF NOT EXISTS segment_packs_on_delete AFTER DELETE ON segments BEGIN DELETE FROM segment_packs WHERE document_id = OLD.document_id; END;
