-- Who may do what in a team project (docs/team.md). Run by `parallax team init` after the migrations, and again
-- after each later migration; every statement can run twice. {schema} is the project's schema, {lead}, {coder}
-- and {reader} its three group roles (NOLOGIN); login roles made by `team add-user` are members of one of them.
--
-- lead:   reads and writes everything (codebook, documents, coders, settings, every coder's passages).
-- coder:  reads the project; writes only passages and memos of its own coder row (the row named like its
--         login); in blind mode reads only its own passages and their memos. Enforced by row-level security,
--         so a plain psql session sees exactly what Parallax shows.
-- reader: reads the project; writes nothing.
REVOKE ALL ON SCHEMA {schema} FROM PUBLIC;
GRANT USAGE ON SCHEMA {schema} TO {lead}, {coder}, {reader};
REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {lead}, {coder}, {reader};
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {lead};
GRANT INSERT, UPDATE, DELETE ON {schema}.segments, {schema}.memos, {schema}.saved_searches,
    {schema}.passage_provenance, {schema}.assistant_rejections TO {coder};
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

ALTER TABLE {schema}.segments ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS lead_all ON {schema}.segments;
DROP POLICY IF EXISTS reader_all ON {schema}.segments;
DROP POLICY IF EXISTS coder_sees ON {schema}.segments;
DROP POLICY IF EXISTS coder_adds ON {schema}.segments;
DROP POLICY IF EXISTS coder_changes ON {schema}.segments;
DROP POLICY IF EXISTS coder_removes ON {schema}.segments;
CREATE POLICY lead_all ON {schema}.segments TO {lead} USING (true) WITH CHECK (true);
CREATE POLICY reader_all ON {schema}.segments FOR SELECT TO {reader} USING (true);
CREATE POLICY coder_sees ON {schema}.segments FOR SELECT TO {coder}
    USING (NOT {schema}.blind_mode() OR coder_id = {schema}.session_coder_id());
CREATE POLICY coder_adds ON {schema}.segments FOR INSERT TO {coder}
    WITH CHECK (coder_id = {schema}.session_coder_id());
CREATE POLICY coder_changes ON {schema}.segments FOR UPDATE TO {coder}
    USING (coder_id = {schema}.session_coder_id()) WITH CHECK (coder_id = {schema}.session_coder_id());
CREATE POLICY coder_removes ON {schema}.segments FOR DELETE TO {coder}
    USING (coder_id = {schema}.session_coder_id());

-- A passage memo is as visible as its passage (the subquery is itself filtered by the policies above).
ALTER TABLE {schema}.memos ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS lead_all ON {schema}.memos;
DROP POLICY IF EXISTS reader_all ON {schema}.memos;
DROP POLICY IF EXISTS coder_sees ON {schema}.memos;
DROP POLICY IF EXISTS coder_adds ON {schema}.memos;
DROP POLICY IF EXISTS coder_changes ON {schema}.memos;
DROP POLICY IF EXISTS coder_removes ON {schema}.memos;
CREATE POLICY lead_all ON {schema}.memos TO {lead} USING (true) WITH CHECK (true);
CREATE POLICY reader_all ON {schema}.memos FOR SELECT TO {reader} USING (true);
CREATE POLICY coder_sees ON {schema}.memos FOR SELECT TO {coder}
    USING (kind <> 'passage' OR EXISTS (SELECT 1 FROM {schema}.segments s WHERE s.id = segment_id));
CREATE POLICY coder_adds ON {schema}.memos FOR INSERT TO {coder}
    WITH CHECK (author_id = {schema}.session_coder_id());
CREATE POLICY coder_changes ON {schema}.memos FOR UPDATE TO {coder}
    USING (author_id = {schema}.session_coder_id()) WITH CHECK (author_id = {schema}.session_coder_id());
CREATE POLICY coder_removes ON {schema}.memos FOR DELETE TO {coder}
    USING (author_id = {schema}.session_coder_id());

-- An anchor example is as visible as the passage it points to, so every row a member can read is whole.
ALTER TABLE {schema}.code_anchors ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS lead_all ON {schema}.code_anchors;
DROP POLICY IF EXISTS others_see ON {schema}.code_anchors;
CREATE POLICY lead_all ON {schema}.code_anchors TO {lead} USING (true) WITH CHECK (true);
CREATE POLICY others_see ON {schema}.code_anchors FOR SELECT TO {coder}, {reader}
    USING (EXISTS (SELECT 1 FROM {schema}.segments s WHERE s.id = segment_id));

-- Evidence quotes a coded passage: in blind mode a coder must not read another coder's passage through it.
ALTER TABLE {schema}.evidence_passages ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS lead_all ON {schema}.evidence_passages;
DROP POLICY IF EXISTS others_see ON {schema}.evidence_passages;
CREATE POLICY lead_all ON {schema}.evidence_passages TO {lead} USING (true) WITH CHECK (true);
CREATE POLICY others_see ON {schema}.evidence_passages FOR SELECT TO {coder}, {reader}
    USING (segment_id IS NULL OR EXISTS (SELECT 1 FROM {schema}.segments s WHERE s.id = segment_id));
