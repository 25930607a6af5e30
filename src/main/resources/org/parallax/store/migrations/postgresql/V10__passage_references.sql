-- Schema version 10: a passage's document, code and coder are checked once per statement, not once per row.
--
-- PostgreSQL checks a foreign key row by row: one SELECT … FOR KEY SHARE per inserted row and key, which was half
-- of the server's work in a batch of 200,000 passages (docs/performance.md, "Team projects on PostgreSQL,
-- session 8"). The three foreign keys of segments give way to statement-level triggers that keep the same rule:
--   * after an INSERT or UPDATE of segments, every distinct document, code and coder the statement's rows name is
--     locked FOR KEY SHARE (as the foreign key's own check locks it: a concurrent DELETE of it waits for this
--     transaction) and must exist, or the statement fails with SQLSTATE 23503 (foreign_key_violation);
--   * after a DELETE of documents or codes, their passages go (ON DELETE CASCADE as before); a coder with
--     passages cannot be deleted, nor can a referenced id change; TRUNCATE of a parent is refused while passages
--     exist.
-- Concurrency: a batch that locked a document makes a concurrent DELETE of it wait until the batch ends. In READ
-- COMMITTED the DELETE's trigger then runs with a new snapshot and removes the batch's passages too; in
-- SERIALIZABLE (every Parallax write) the server's serializable checks refuse the one that would leave a passage
-- without its document, and the client runs it again; the other order (the parent deleted first) makes the
-- batch's lock find nothing (READ COMMITTED) or fail to serialize (SERIALIZABLE). REPEATABLE READ has neither
-- guarantee, so deleting a parent at that level is refused with a message. The triggers run as the schema's
-- owner (as PostgreSQL's foreign-key checks do), so row-level security neither hides a row from the check nor
-- stops the cascade. SQLite keeps its foreign keys: it checks them in process, cheaply (V10 there is empty).
DO $do$
DECLARE
    fk RECORD;
BEGIN
    FOR fk IN SELECT conname FROM pg_constraint
            WHERE conrelid = 'segments'::regclass AND contype = 'f'
              AND confrelid IN ('documents'::regclass, 'codes'::regclass, 'coders'::regclass) LOOP
        EXECUTE format('ALTER TABLE segments DROP CONSTRAINT %I', fk.conname);
    END LOOP;
END
$do$;

CREATE OR REPLACE FUNCTION segment_references_exist() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $body$
DECLARE
    ref RECORD;
    wanted BIGINT;
    locked BIGINT;
    missing BIGINT;
BEGIN
    FOR ref IN SELECT * FROM (VALUES ('document_id', 'documents'), ('code_id', 'codes'), ('coder_id', 'coders'))
            AS v(col, parent) LOOP
        -- Locked rows are counted: a row deleted by a transaction that committed meanwhile is not locked (READ
        -- COMMITTED) or fails to serialize (SERIALIZABLE), so fewer locked than named means one is missing.
        EXECUTE format('SELECT (SELECT count(DISTINCT %1$I) FROM new_rows), (SELECT count(*) FROM (SELECT 1 FROM '
                '%2$I.%3$I p WHERE p.id IN (SELECT %1$I FROM new_rows) FOR KEY SHARE OF p) l)',
                ref.col, TG_TABLE_SCHEMA, ref.parent) INTO wanted, locked;
        IF locked < wanted THEN
            EXECUTE format('SELECT min(n.%1$I) FROM new_rows n WHERE NOT EXISTS (SELECT 1 FROM %2$I.%3$I p '
                    'WHERE p.id = n.%1$I)', ref.col, TG_TABLE_SCHEMA, ref.parent) INTO missing;
            RAISE EXCEPTION 'insert or update on table "segments" violates the reference of % to %', ref.col,
                    ref.parent
                USING ERRCODE = 'foreign_key_violation', SCHEMA = TG_TABLE_SCHEMA, TABLE = 'segments',
                    COLUMN = ref.col, DETAIL = format('Key (%s)=(%s) is not present in table "%s".', ref.col,
                    coalesce(missing::text, '?'), ref.parent);
        END IF;
    END LOOP;
    RETURN NULL;
END
$body$;
REVOKE ALL ON FUNCTION segment_references_exist() FROM PUBLIC;

-- TG_ARGV[0]: the column of segments that names the parent; TG_ARGV[1]: 'cascade' or 'restrict' (on DELETE).
CREATE OR REPLACE FUNCTION segment_parent_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $body$
DECLARE
    referenced BIGINT;
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        EXECUTE format('SELECT id FROM %I.segments LIMIT 1', TG_TABLE_SCHEMA) INTO referenced;
        IF referenced IS NOT NULL THEN
            RAISE EXCEPTION 'cannot truncate table "%": passages refer to it', TG_TABLE_NAME
                USING ERRCODE = 'foreign_key_violation', SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME;
        END IF;
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        -- Only an id that changed matters; metadata edits pass straight through.
        EXECUTE 'SELECT min(o.id) FROM old_rows o WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id)'
            INTO referenced;
        IF referenced IS NULL THEN
            RETURN NULL;
        END IF;
    END IF;
    IF current_setting('transaction_isolation') = 'repeatable read' THEN
        RAISE EXCEPTION 'deleting or renumbering rows of "%" needs READ COMMITTED or SERIALIZABLE isolation: under '
                'REPEATABLE READ passages stored meanwhile could not be followed', TG_TABLE_NAME
            USING ERRCODE = 'feature_not_supported';
    END IF;
    IF TG_OP = 'DELETE' AND TG_ARGV[1] = 'cascade' THEN
        EXECUTE format('DELETE FROM %1$I.segments WHERE %2$I IN (SELECT id FROM old_rows)', TG_TABLE_SCHEMA,
                TG_ARGV[0]);
        RETURN NULL;
    END IF;
    EXECUTE format('SELECT min(s.%2$I) FROM %1$I.segments s WHERE s.%2$I IN (SELECT o.id FROM old_rows o%3$s)',
            TG_TABLE_SCHEMA, TG_ARGV[0], CASE WHEN TG_OP = 'UPDATE'
                THEN ' WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id)' ELSE '' END) INTO referenced;
    IF referenced IS NOT NULL THEN
        RAISE EXCEPTION 'update or delete on table "%" violates the reference of segments.% to it', TG_TABLE_NAME,
                TG_ARGV[0]
            USING ERRCODE = 'foreign_key_violation', SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME,
                DETAIL = format('Key (id)=(%s) is still referenced from table "segments".', referenced);
    END IF;
    RETURN NULL;
END
$body$;
REVOKE ALL ON FUNCTION segment_parent_changed() FROM PUBLIC;

CREATE TRIGGER segment_references_added AFTER INSERT ON segments REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION segment_references_exist();
CREATE TRIGGER segment_references_changed AFTER UPDATE ON segments REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION segment_references_exist();

CREATE TRIGGER segment_parent_removed AFTER DELETE ON documents REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION segment_parent_changed('document_id', 'cascade');
CREATE TRIGGER segment_parent_removed AFTER DELETE ON codes REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION segment_parent_changed('code_id', 'cascade');
CREATE TRIGGER segment_parent_removed AFTER DELETE ON coders REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION segment_parent_changed('coder_id', 'restrict');
CREATE TRIGGER segment_parent_rekeyed AFTER UPDATE ON documents REFERENCING OLD TABLE AS old_rows
    NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION segment_parent_changed('document_id', 'restrict');
CREATE TRIGGER segment_parent_rekeyed AFTER UPDATE ON codes REFERENCING OLD TABLE AS old_rows
    NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION segment_parent_changed('code_id', 'restrict');
CREATE TRIGGER segment_parent_rekeyed AFTER UPDATE ON coders REFERENCING OLD TABLE AS old_rows
    NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION segment_parent_changed('coder_id', 'restrict');
CREATE TRIGGER segment_parent_truncated BEFORE TRUNCATE ON documents
    FOR EACH STATEMENT EXECUTE FUNCTION segment_parent_changed('document_id', 'restrict');
CREATE TRIGGER segment_parent_truncated BEFORE TRUNCATE ON codes
    FOR EACH STATEMENT EXECUTE FUNCTION segment_parent_changed('code_id', 'restrict');
CREATE TRIGGER segment_parent_truncated BEFORE TRUNCATE ON coders
    FOR EACH STATEMENT EXECUTE FUNCTION segment_parent_changed('coder_id', 'restrict');
