-- Schema version 21: a removed passage's or document's id is never handed out again. A project file gives a new row
-- the largest id plus one (store.jdbc.IdFloors), so removing the last document (or uncoding the last passage) and
-- importing it again (or coding the words again) gave the new row the removed one's id, and evidence quoting the
-- removed document, matched by its id and text (evidence_passages.document_id, content_hash), took the new document
-- for it: "document removed" read "passage deleted". As schema 20 does for codes, the triggers raise the floors (the
-- settings id_floor.segments and id_floor.documents, which a pull sets and a push raises) to the id of every passage
-- and document deleted above them, whatever deletes it; a deletion below the floor writes nothing. An older project's
-- evidence may quote passages and documents removed before this version whose ids were not yet taken again: the
-- floors start above those.
CREATE TRIGGER IF NOT EXISTS segments_deleted_keep_their_ids AFTER DELETE ON segments WHEN OLD.id > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'id_floor.segments'), 0) BEGIN INSERT OR REPLACE INTO settings(key, value) VALUES ('id_floor.segments', CAST(OLD.id AS TEXT)); END;
CREATE TRIGGER IF NOT EXISTS documents_deleted_keep_their_ids AFTER DELETE ON documents WHEN OLD.id > coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'id_floor.documents'), 0) BEGIN INSERT OR REPLACE INTO settings(key, value) VALUES ('id_floor.documents', CAST(OLD.id AS TEXT)); END;
INSERT OR REPLACE INTO settings(key, value)
SELECT 'id_floor.segments', CAST(max(coalesce((SELECT CAST(value AS INTEGER) FROM settings
    WHERE key = 'id_floor.segments'), 0), (SELECT max(segment_id) FROM evidence_passages)) AS TEXT)
WHERE (SELECT max(segment_id) FROM evidence_passages) > coalesce((SELECT max(id) FROM segments), 0);
INSERT OR REPLACE INTO settings(key, value)
SELECT 'id_floor.documents', CAST(max(coalesce((SELECT CAST(value AS INTEGER) FROM settings
    WHERE key = 'id_floor.documents'), 0), (SELECT max(document_id) FROM evidence_passages)) AS TEXT)
WHERE (SELECT max(document_id) FROM evidence_passages) > coalesce((SELECT max(id) FROM documents), 0);
