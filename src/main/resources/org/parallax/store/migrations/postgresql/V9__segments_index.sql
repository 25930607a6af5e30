-- Schema version 9: segments_by_document (document_id, start_offset) goes. The unique key on (document_id,
-- start_offset, end_offset, code_id, coder_id) starts with the same two columns, so every look-up and ordering the
-- smaller index served, the unique one serves too, while each stored passage paid for a fourth B-tree entry:
-- on a team server about a sixth of the server's work per passage in a large batch (docs/performance.md).
DROP INDEX IF EXISTS segments_by_document;
