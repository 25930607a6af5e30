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

-- A passage memo is as visible as its passage (the subquery is itself filtered by the policies above); a code memo
-- defines the codebook and is always visible; in blind mode a project or document memo another coder wrote is hidden
-- (one of no known author, written before authors were kept, stays).
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
    USING (CASE kind WHEN 'passage' THEN EXISTS (SELECT 1 FROM {schema}.segments s WHERE s.id = segment_id)
        WHEN 'code' THEN true
        ELSE NOT {schema}.blind_mode() OR author_id IS NULL OR author_id = {schema}.session_coder_id() END);
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

-- Evidence quotes coded passages and carries the analyst's reading (note, likelihoods): in blind mode a coder reads
-- an item only when every passage it rests on is a plain selection or one of their own (ADR 0030), and its
-- likelihoods and passages with it. With blind mode off every member reads every item whole, the quotes of deleted
-- passages included (evidence outlives its passage).
ALTER TABLE {schema}.evidence ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS lead_all ON {schema}.evidence;
DROP POLICY IF EXISTS reader_all ON {schema}.evidence;
DROP POLICY IF EXISTS coder_sees ON {schema}.evidence;
CREATE POLICY lead_all ON {schema}.evidence TO {lead} USING (true) WITH CHECK (true);
CREATE POLICY reader_all ON {schema}.evidence FOR SELECT TO {reader} USING (true);
CREATE POLICY coder_sees ON {schema}.evidence FOR SELECT TO {coder}
    USING (NOT {schema}.blind_mode() OR {schema}.evidence_readable(id));

ALTER TABLE {schema}.evidence_likelihoods ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS lead_all ON {schema}.evidence_likelihoods;
DROP POLICY IF EXISTS reader_all ON {schema}.evidence_likelihoods;
DROP POLICY IF EXISTS coder_sees ON {schema}.evidence_likelihoods;
CREATE POLICY lead_all ON {schema}.evidence_likelihoods TO {lead} USING (true) WITH CHECK (true);
CREATE POLICY reader_all ON {schema}.evidence_likelihoods FOR SELECT TO {reader} USING (true);
CREATE POLICY coder_sees ON {schema}.evidence_likelihoods FOR SELECT TO {coder}
    USING (EXISTS (SELECT 1 FROM {schema}.evidence e WHERE e.id = evidence_id));

ALTER TABLE {schema}.evidence_passages ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS lead_all ON {schema}.evidence_passages;
DROP POLICY IF EXISTS others_see ON {schema}.evidence_passages;
DROP POLICY IF EXISTS reader_all ON {schema}.evidence_passages;
DROP POLICY IF EXISTS coder_sees ON {schema}.evidence_passages;
CREATE POLICY lead_all ON {schema}.evidence_passages TO {lead} USING (true) WITH CHECK (true);
CREATE POLICY reader_all ON {schema}.evidence_passages FOR SELECT TO {reader} USING (true);
CREATE POLICY coder_sees ON {schema}.evidence_passages FOR SELECT TO {coder}
    USING (EXISTS (SELECT 1 FROM {schema}.evidence e WHERE e.id = evidence_id));

-- Where an assistant's passage came from (its method, settings and confidence) is as visible as the passage, and a
-- coder writes it only for passages of their own layer, as the passages themselves.
ALTER TABLE {schema}.passage_provenance ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS lead_all ON {schema}.passage_provenance;
DROP POLICY IF EXISTS reader_all ON {schema}.passage_provenance;
DROP POLICY IF EXISTS coder_sees ON {schema}.passage_provenance;
DROP POLICY IF EXISTS coder_adds ON {schema}.passage_provenance;
DROP POLICY IF EXISTS coder_changes ON {schema}.passage_provenance;
DROP POLICY IF EXISTS coder_removes ON {schema}.passage_provenance;
CREATE POLICY lead_all ON {schema}.passage_provenance TO {lead} USING (true) WITH CHECK (true);
CREATE POLICY reader_all ON {schema}.passage_provenance FOR SELECT TO {reader} USING (true);
CREATE POLICY coder_sees ON {schema}.passage_provenance FOR SELECT TO {coder}
    USING (EXISTS (SELECT 1 FROM {schema}.segments s WHERE s.id = segment_id));
CREATE POLICY coder_adds ON {schema}.passage_provenance FOR INSERT TO {coder}
    WITH CHECK (EXISTS (SELECT 1 FROM {schema}.segments s WHERE s.id = segment_id
        AND s.coder_id = {schema}.session_coder_id()));
CREATE POLICY coder_changes ON {schema}.passage_provenance FOR UPDATE TO {coder}
    USING (EXISTS (SELECT 1 FROM {schema}.segments s WHERE s.id = segment_id
        AND s.coder_id = {schema}.session_coder_id()))
    WITH CHECK (EXISTS (SELECT 1 FROM {schema}.segments s WHERE s.id = segment_id
        AND s.coder_id = {schema}.session_coder_id()));
CREATE POLICY coder_removes ON {schema}.passage_provenance FOR DELETE TO {coder}
    USING (EXISTS (SELECT 1 FROM {schema}.segments s WHERE s.id = segment_id
        AND s.coder_id = {schema}.session_coder_id()));

-- A saved search is the team's to list and run, and its saver's to change or delete (docs/team.md#saved-searches): a
-- coder writes only rows saved under their own login; one that names no saver (saved before savers were recorded)
-- only a lead changes.
ALTER TABLE {schema}.saved_searches ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS lead_all ON {schema}.saved_searches;
DROP POLICY IF EXISTS reader_all ON {schema}.saved_searches;
DROP POLICY IF EXISTS coder_sees ON {schema}.saved_searches;
DROP POLICY IF EXISTS coder_adds ON {schema}.saved_searches;
DROP POLICY IF EXISTS coder_changes ON {schema}.saved_searches;
DROP POLICY IF EXISTS coder_removes ON {schema}.saved_searches;
CREATE POLICY lead_all ON {schema}.saved_searches TO {lead} USING (true) WITH CHECK (true);
CREATE POLICY reader_all ON {schema}.saved_searches FOR SELECT TO {reader} USING (true);
CREATE POLICY coder_sees ON {schema}.saved_searches FOR SELECT TO {coder} USING (true);
CREATE POLICY coder_adds ON {schema}.saved_searches FOR INSERT TO {coder} WITH CHECK (saved_by = current_user);
CREATE POLICY coder_changes ON {schema}.saved_searches FOR UPDATE TO {coder}
    USING (saved_by = current_user) WITH CHECK (saved_by = current_user);
CREATE POLICY coder_removes ON {schema}.saved_searches FOR DELETE TO {coder} USING (saved_by = current_user);

-- A suggestion the assistant was told was wrong is the rejecting coder's own, as their passages are: a coder writes
-- and deletes only rows of their coder row, and in blind mode reads only those (another coder's rejections say where
-- that coder looked and what they judged).
ALTER TABLE {schema}.assistant_rejections ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS lead_all ON {schema}.assistant_rejections;
DROP POLICY IF EXISTS reader_all ON {schema}.assistant_rejections;
DROP POLICY IF EXISTS coder_sees ON {schema}.assistant_rejections;
DROP POLICY IF EXISTS coder_adds ON {schema}.assistant_rejections;
DROP POLICY IF EXISTS coder_changes ON {schema}.assistant_rejections;
DROP POLICY IF EXISTS coder_removes ON {schema}.assistant_rejections;
CREATE POLICY lead_all ON {schema}.assistant_rejections TO {lead} USING (true) WITH CHECK (true);
CREATE POLICY reader_all ON {schema}.assistant_rejections FOR SELECT TO {reader} USING (true);
CREATE POLICY coder_sees ON {schema}.assistant_rejections FOR SELECT TO {coder}
    USING (NOT {schema}.blind_mode() OR coder_id = {schema}.session_coder_id());
CREATE POLICY coder_adds ON {schema}.assistant_rejections FOR INSERT TO {coder}
    WITH CHECK (coder_id = {schema}.session_coder_id());
CREATE POLICY coder_changes ON {schema}.assistant_rejections FOR UPDATE TO {coder}
    USING (coder_id = {schema}.session_coder_id()) WITH CHECK (coder_id = {schema}.session_coder_id());
CREATE POLICY coder_removes ON {schema}.assistant_rejections FOR DELETE TO {coder}
    USING (coder_id = {schema}.session_coder_id());
