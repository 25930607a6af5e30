-- Schema version 16: the file's save number (store.sqlite.FileGeneration). Every write transaction adds one to it, so
-- the journal beside a project file (NAME-wal), which holds the newest saves, never holds a lower number than the file
-- itself: a journal that does is an older copy's (synced in, copied by hand) and would take back the saves made since,
-- which SQLite applies without a word. Opening compares the number in the file alone with the one the journal brings.
-- A backup keeps the number of its moment, so a project file replaced by an older copy is told from its newer backups.
CREATE TABLE IF NOT EXISTS file_generation (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);
INSERT OR IGNORE INTO file_generation(id, generation) VALUES (1, 0);
