-- Live updates (docs/team.md): every committed change to a project table sends one notification on the
-- channel parallax_<schema>, which each open Parallax window LISTENs to. Run by `parallax team init` after
-- team_access.sql; every statement can run twice. {schema} is the project's schema.
--
-- The payload is "<table>" or "<table> <id>,<id>,…": the table that changed and up to 100 keys of the rows the
-- statement touched (none when it touched more). Passages are named by their document, so a coder in blind mode
-- learns only that a document got or lost passages, never whose or which. One trigger per statement, not per
-- row, so a batch of 200,000 passages sends a few hundred notifications, which the server folds into distinct
-- ones per transaction; a rolled-back transaction sends nothing.
CREATE OR REPLACE FUNCTION {schema}.notify_change() RETURNS trigger LANGUAGE plpgsql AS $body$
DECLARE
    rows_touched TEXT := CASE WHEN TG_OP = 'DELETE' THEN 'old_rows' ELSE 'new_rows' END;
    touched BIGINT;
    keys TEXT;
BEGIN
    IF TG_ARGV[0] = '' THEN
        EXECUTE format('SELECT count(*), NULL FROM (SELECT 1 FROM %I LIMIT 101) r', rows_touched)
            INTO touched, keys;
    ELSE
        EXECUTE format('SELECT count(*), string_agg(DISTINCT k::text, '','') FROM (SELECT %I AS k FROM %I LIMIT 101) r',
                TG_ARGV[0], rows_touched) INTO touched, keys;
    END IF;
    IF touched > 0 THEN
        PERFORM pg_notify('parallax_' || TG_TABLE_SCHEMA,
                TG_TABLE_NAME || CASE WHEN touched > 100 OR keys IS NULL THEN '' ELSE ' ' || keys END);
    END IF;
    RETURN NULL;
END
$body$;
REVOKE ALL ON FUNCTION {schema}.notify_change() FROM PUBLIC;

DO $do$
DECLARE
    t RECORD;
BEGIN
    FOR t IN SELECT * FROM (VALUES
            ('documents', 'id'), ('document_texts', 'document_id'), ('document_attributes', 'document_id'),
            ('frames', 'id'), ('scenarios', 'id'), ('codes', 'id'), ('code_expectations', 'code_id'),
            ('code_anchors', 'code_id'), ('segments', 'document_id'), ('coders', 'id'), ('memos', 'id'),
            ('settings', ''), ('hypothesis_sets', 'id'), ('hypotheses', 'id'), ('evidence', 'id'),
            ('evidence_likelihoods', 'evidence_id'), ('evidence_passages', 'evidence_id'), ('causal_events', 'id'))
            AS v(tab, key) LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS parallax_added ON {schema}.%I', t.tab);
        EXECUTE format('DROP TRIGGER IF EXISTS parallax_changed ON {schema}.%I', t.tab);
        EXECUTE format('DROP TRIGGER IF EXISTS parallax_removed ON {schema}.%I', t.tab);
        EXECUTE format('CREATE TRIGGER parallax_added AFTER INSERT ON {schema}.%I REFERENCING NEW TABLE AS new_rows '
                'FOR EACH STATEMENT EXECUTE FUNCTION {schema}.notify_change(%L)', t.tab, t.key);
        EXECUTE format('CREATE TRIGGER parallax_changed AFTER UPDATE ON {schema}.%I REFERENCING NEW TABLE AS new_rows '
                'FOR EACH STATEMENT EXECUTE FUNCTION {schema}.notify_change(%L)', t.tab, t.key);
        EXECUTE format('CREATE TRIGGER parallax_removed AFTER DELETE ON {schema}.%I REFERENCING OLD TABLE AS old_rows '
                'FOR EACH STATEMENT EXECUTE FUNCTION {schema}.notify_change(%L)', t.tab, t.key);
    END LOOP;
END
$do$;

-- The user actions committed, by a client-made id, so that a client whose connection broke before it heard a
-- commit's outcome can ask, on a new connection, whether to run the action again (applied once, never twice).
-- Each login sees and adds only its own; a day later such an id is of no use and is removed by team init. A push's id
-- is kept (kept = true): the copy it came from asks for it at its next push, which may come months later from a copy
-- kept offline, and a push is a few dozen bytes here.
CREATE TABLE IF NOT EXISTS {schema}.applied_actions (
    id    UUID        PRIMARY KEY,
    login TEXT        NOT NULL DEFAULT current_user,
    at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
ALTER TABLE {schema}.applied_actions ADD COLUMN IF NOT EXISTS kept BOOLEAN NOT NULL DEFAULT false;
DELETE FROM {schema}.applied_actions WHERE at < now() - interval '1 day' AND NOT kept;
REVOKE ALL ON {schema}.applied_actions FROM PUBLIC;
GRANT SELECT, INSERT ON {schema}.applied_actions TO {lead}, {coder};
ALTER TABLE {schema}.applied_actions ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS own_actions ON {schema}.applied_actions;
CREATE POLICY own_actions ON {schema}.applied_actions TO {lead}, {coder}
    USING (login = current_user) WITH CHECK (login = current_user);

-- Which version of these rules (this script and team_access.sql) the project was set up with, so that a session of a
-- later Parallax finds a project whose rules are older: its owner's session brings them up to date, any other member's
-- opens read-only naming team init (docs/team.md). A project set up before this function existed has none.
CREATE OR REPLACE FUNCTION {schema}.setup_version() RETURNS INTEGER LANGUAGE sql IMMUTABLE AS 'SELECT {setup_version}';
REVOKE ALL ON FUNCTION {schema}.setup_version() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION {schema}.setup_version() TO {lead}, {coder}, {reader};
