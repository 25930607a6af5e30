-- Schema version 17 (PostgreSQL dialect of the SQLite V17__saved_search_savers.sql): a saved search records who saved
-- it (the member's login), so that saving a search under a name another member used is refused naming them instead of
-- replacing their query (workbench.Search.save). Searches saved before are of no recorded saver.
-- store.jdbc.SavedSearchSavers seals each intact row's checksum again over the new column right after this script.
ALTER TABLE saved_searches ADD COLUMN IF NOT EXISTS saved_by TEXT;
