-- Who may do what in a team project (docs/team.md). Run by `parallax team init` after the migrations, and again
-- after each later migration; every statement can run twice. {schema} is the project's schema, {lead}, {coder}
-- and {reader} its three group roles (NOLOGIN); login roles made by `team add-user` are members of one of them.
--
-- lead:   reads and writes everything (codebook, documents, coders, settings, every coder's passages).
-- coder:  reads the project; writes only passages, their provenance, memos and rejected suggestions of its own coder row
--         (the row named like its login) and the saved searches saved under its login; in blind mode reads only its own
--         passages, their memos and its own rejected suggestions, no project or document memo
--         another coder wrote, and only the evidence items resting wholly on plain selections and its own passages
--         (ADR 0030). Enforced by row-level security, so a plain psql session sees no more than Parallax shows.
-- reader: reads the project; writes nothing.
REVOKE ALL ON SCHEMA {schema} FROM PUBLIC;
GRANT USAGE ON SCHEMA {schema} TO {lead}, {coder}, {reader};
REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {lead}, {coder}, {reader};
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {lead};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {lead}, {coder};
REVOKE ALL ON {schema}.schema_version FROM {lead}, {coder}, {reader};
GRANT SELECT ON {schema}.schema_version TO {lead}, {coder}, {reader};

-- The coder row of the session's login; null for a login that has none. Names are qualified so that no
-- table of the caller's own (a temporary "coders") can stand in for the project's.
CREATE OR REPLACE FUNCTION {schema}.session_coder_id() RETURNS BIGINT LANGUAGE sql STABLE
    AS 'SELECT id FROM {schema}.coders WHERE name = current_user';
CREATE OR REPLACE FUNCTION {schema}.blind_mode() RETURNS BOOLEAN LANGUAGE sql STABLE
    AS 'SELECT coalesce((SELECT value = ''true'' FROM {schema}.settings WHERE key = ''blind_mode''), false)';
REVOKE ALL ON FUNCTION {schema}.session_coder_id(), {schema}.blind_mode() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION {schema}.session_coder_id(), {schema}.blind_mode() TO {lead}, {coder}, {reader};

-- What exists beyond the rows a session may read, without handing those rows over: whether a project or document
-- has a memo (which a coder may not write over unseen), how many memos the project holds and how many evidence items a
-- set holds (so Parallax can say how many it left out), and whether an evidence item rests only on plain selections and the viewer's own passages.
-- They run as the schema's owner, whom the policies below do not filter.
CREATE OR REPLACE FUNCTION {schema}.memo_exists(memo_kind TEXT, document BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS 'SELECT EXISTS (SELECT 1 FROM {schema}.memos m WHERE m.kind = memo_kind
            AND m.kind IN (''project'', ''document'') AND m.document_id IS NOT DISTINCT FROM document)';
CREATE OR REPLACE FUNCTION {schema}.memo_count() RETURNS BIGINT LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS 'SELECT count(*) FROM {schema}.memos';
CREATE OR REPLACE FUNCTION {schema}.evidence_count(item_set BIGINT) RETURNS BIGINT LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS 'SELECT count(*) FROM {schema}.evidence e WHERE e.set_id = item_set';
-- evidence_readable answers for the caller's own passages only: the coder row named like the session's login
-- (session_user, which a function run as its owner does not change), so nobody can ask it whether an item rests on
-- another coder's passages. Its earlier form took the viewer's id as an argument, any id; dropping it drops the policy
-- on evidence that used it, made again below.
DROP FUNCTION IF EXISTS {schema}.evidence_readable(BIGINT, BIGINT) CASCADE;
CREATE OR REPLACE FUNCTION {schema}.evidence_readable(item BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS 'SELECT EXISTS (SELECT 1 FROM {schema}.evidence_passages p WHERE p.evidence_id = item)
        AND NOT EXISTS (SELECT 1 FROM {schema}.evidence_passages p WHERE p.evidence_id = item
            AND p.segment_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {schema}.segments s
                JOIN {schema}.coders c ON c.id = s.coder_id WHERE s.id = p.segment_id AND c.name = session_user))';
REVOKE ALL ON FUNCTION {schema}.memo_exists(TEXT, BIGINT), {schema}.memo_count(), {schema}.evidence_count(BIGINT),
    {schema}.evidence_readable(BIGINT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION {schema}.memo_exists(TEXT, BIGINT), {schema}.memo_count(), {schema}.evidence_count(BIGINT),
    {schema}.evidence_readable(BIGINT) TO {lead}, {coder}, {reader};

-- Every table a member reads gets its row-level rules from this one helper, so that a new table cannot miss one of
-- them (docs/team.md#how-a-table-gets-its-rules): a lead reads and writes every row; a reader reads every row (and
-- writes none: it has no right to); a coder reads the rows coder_reads admits and, when the table holds rows of their
-- own (own: the condition that a row is the session's, from its owner column), adds, changes and deletes only those,
-- with the right to write the table; of a table with no owner (own null) a coder writes nothing. Every policy the
-- table had is dropped first, so a rule renamed or removed here goes from the server too.
CREATE OR REPLACE FUNCTION {schema}.member_rules(tbl TEXT, coder_reads TEXT, own TEXT) RETURNS VOID
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $rules$
DECLARE
    qualified TEXT := '{schema}.' || quote_ident(tbl);
    old RECORD;
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', qualified);
    FOR old IN SELECT polname FROM pg_policy WHERE polrelid = qualified::regclass LOOP
        EXECUTE format('DROP POLICY %I ON %s', old.polname, qualified);
    END LOOP;
    EXECUTE format('CREATE POLICY lead_all ON %s TO {lead} USING (true) WITH CHECK (true)', qualified);
    EXECUTE format('CREATE POLICY reader_all ON %s FOR SELECT TO {reader} USING (true)', qualified);
    EXECUTE format('CREATE POLICY coder_sees ON %s FOR SELECT TO {coder} USING (%s)', qualified, coder_reads);
    IF own IS NULL THEN
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON %s FROM {coder}', qualified);
        RETURN;
    END IF;
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %s TO {coder}', qualified);
    EXECUTE format('CREATE POLICY coder_adds ON %s FOR INSERT TO {coder} WITH CHECK (%s)', qualified, own);
    EXECUTE format('CREATE POLICY coder_changes ON %s FOR UPDATE TO {coder} USING (%s) WITH CHECK (%s)', qualified,
        own, own);
    EXECUTE format('CREATE POLICY coder_removes ON %s FOR DELETE TO {coder} USING (%s)', qualified, own);
END
$rules$;
REVOKE ALL ON FUNCTION {schema}.member_rules(TEXT, TEXT, TEXT) FROM PUBLIC;

-- Passages: in blind mode a coder reads only their own.
SELECT {schema}.member_rules('segments', $r$NOT {schema}.blind_mode() OR coder_id = {schema}.session_coder_id()$r$,
    $r$coder_id = {schema}.session_coder_id()$r$);

-- A passage memo is as visible as its passage (the subquery is itself filtered by the rules above); a code memo
-- defines the codebook and is always visible; in blind mode a project or document memo another coder wrote is hidden
-- (one of no known author, written before authors were kept, stays).
SELECT {schema}.member_rules('memos', $r$CASE kind WHEN 'passage' THEN EXISTS (SELECT 1 FROM {schema}.segments s
        WHERE s.id = segment_id) WHEN 'code' THEN true
        ELSE NOT {schema}.blind_mode() OR author_id IS NULL OR author_id = {schema}.session_coder_id() END$r$,
    $r$author_id = {schema}.session_coder_id()$r$);

-- An anchor example is as visible as the passage it points to, so every row a member can read is whole.
SELECT {schema}.member_rules('code_anchors', $r$EXISTS (SELECT 1 FROM {schema}.segments s WHERE s.id = segment_id)$r$,
    NULL);

-- Evidence quotes coded passages and carries the analyst's reading (note, likelihoods): in blind mode a coder reads
-- an item only when every passage it rests on is a plain selection or one of their own (ADR 0030), and its
-- likelihoods and passages with it. With blind mode off every member reads every item whole, the quotes of deleted
-- passages included (evidence outlives its passage).
SELECT {schema}.member_rules('evidence', $r$NOT {schema}.blind_mode() OR {schema}.evidence_readable(id)$r$, NULL);
SELECT {schema}.member_rules('evidence_likelihoods',
    $r$EXISTS (SELECT 1 FROM {schema}.evidence e WHERE e.id = evidence_id)$r$, NULL);
SELECT {schema}.member_rules('evidence_passages',
    $r$EXISTS (SELECT 1 FROM {schema}.evidence e WHERE e.id = evidence_id)$r$, NULL);

-- Where an assistant's passage came from (its method, settings and confidence) is as visible as the passage, and a
-- coder writes it only for passages of their own layer, as the passages themselves.
SELECT {schema}.member_rules('passage_provenance',
    $r$EXISTS (SELECT 1 FROM {schema}.segments s WHERE s.id = segment_id)$r$,
    $r$EXISTS (SELECT 1 FROM {schema}.segments s WHERE s.id = segment_id
        AND s.coder_id = {schema}.session_coder_id())$r$);

-- A saved search is the team's to list and run, and its saver's to change or delete (docs/team.md#saved-searches): a
-- coder writes only rows saved under their own login; one that names no saver (saved before savers were recorded)
-- only a lead changes.
SELECT {schema}.member_rules('saved_searches', 'true', 'saved_by = current_user');

-- A suggestion the assistant was told was wrong is the rejecting coder's own, as their passages are: a coder writes
-- and deletes only rows of their coder row, and in blind mode reads only those (another coder's rejections say where
-- that coder looked and what they judged).
SELECT {schema}.member_rules('assistant_rejections',
    $r$NOT {schema}.blind_mode() OR coder_id = {schema}.session_coder_id()$r$,
    $r$coder_id = {schema}.session_coder_id()$r$);

-- A table that holds rows of one member without a coder's rules, or that a coder may write without row-level
-- security, would let every coder's psql write every member's rows, as assistant_rejections did before it had rules:
-- the setup then fails, naming the table, instead of finishing. A table holds a member's rows when the schema says so:
-- a foreign key to the coders, whatever its column is called, or one of the owner columns that name a member without
-- a key (segments.coder_id, whose key schema 10 checks by trigger, and saved_by, a login).
DO $guard$
DECLARE
    missing TEXT;
BEGIN
    SELECT string_agg(DISTINCT c.relname::TEXT, ', ') INTO missing FROM pg_class c
    WHERE c.relnamespace = to_regnamespace('{schema}') AND c.relkind = 'r'
        AND (((EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                AND a.attname IN ('coder_id', 'author_id', 'saved_by'))
                OR EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'f'
                    AND k.confrelid = to_regclass('{schema}.coders')))
            AND (NOT c.relrowsecurity OR (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid
                AND p.polname IN ('coder_sees', 'coder_adds', 'coder_changes', 'coder_removes')) < 4))
        OR (NOT c.relrowsecurity AND (has_table_privilege(to_regrole('{coder}'), c.oid, 'INSERT')
            OR has_table_privilege(to_regrole('{coder}'), c.oid, 'UPDATE')
            OR has_table_privilege(to_regrole('{coder}'), c.oid, 'DELETE'))));
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'tables without a coder''s row-level rules (member_rules, docs/team.md): %', missing;
    END IF;
END
$guard$;
