-- Schema version 20: a deleted code's id is never handed out again. A project file gives a new row the largest id
-- plus one (store.jdbc.IdFloors), so a code made after the deletion of the code holding the largest id took that id,
-- and evidence quoting a passage that went with the deleted code (evidence_passages.code_id) took the new code for it:
-- "passage and its code deleted" read "passage deleted", and a rule or export naming the id named the new code. The
-- trigger raises the codes' id floor (the setting id_floor.codes, which a pull sets and a push raises) to every deleted
-- code's id, whatever deletes it, so a new code takes an id above. An older project's evidence may name codes deleted
-- before this version whose ids were not yet taken again: the floor starts above those.
CREATE TRIGGER IF NOT EXISTS codes_deleted_keep_their_ids AFTER DELETE ON codes BEGIN INSERT OR REPLACE INTO settings(key, value) VALUES ('id_floor.codes', CAST(max(OLD.id, coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'id_floor.codes'), 0)) AS TEXT)); END;
INSERT OR REPLACE INTO settings(key, value)
SELECT 'id_floor.codes', CAST(max(coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'id_floor.codes'),
    0), (SELECT max(code_id) FROM evidence_passages)) AS TEXT)
WHERE (SELECT max(code_id) FROM evidence_passages) > coalesce((SELECT max(id) FROM codes), 0);
