-- Schema version 19 (PostgreSQL dialect of the SQLite V19__rejections_per_coder.sql): a suggestion the assistant was
-- told was wrong is remembered for the coder who rejected it (coder_id, in the key), no longer for every coder: one
-- coder's rejections hid the suggestion from a second coder, who is to code blind to the first, and any member could
-- delete the others'. A rejection stored before names no coder; it is given to the project's first coder (the lowest
-- id but the assistant's own layer), who set the project up and ran the assistant before others came, so their
-- suggestions stay hidden and a member added later is not steered by rejections not theirs. One a project without such
-- a coder holds cannot be anyone's and goes (the suggestion is offered again). store.jdbc.RejectionCoders seals each
-- intact row again over the coder right after this script. The row-level rules come with team_access.sql.
ALTER TABLE assistant_rejections ADD COLUMN IF NOT EXISTS coder_id BIGINT REFERENCES coders(id) ON DELETE CASCADE;
UPDATE assistant_rejections SET coder_id = coalesce((SELECT min(id) FROM coders WHERE name <> 'assistant'),
    (SELECT min(id) FROM coders)) WHERE coder_id IS NULL;
DELETE FROM assistant_rejections WHERE coder_id IS NULL;
ALTER TABLE assistant_rejections ALTER COLUMN coder_id SET NOT NULL;
ALTER TABLE assistant_rejections DROP CONSTRAINT IF EXISTS assistant_rejections_pkey;
ALTER TABLE assistant_rejections ADD CONSTRAINT assistant_rejections_pkey
    PRIMARY KEY (document_id, coder_id, start_offset, end_offset, code_id);
