-- Schema version 2: searches a researcher saves to run again.
CREATE TABLE saved_searches (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    query   TEXT NOT NULL,
    created TEXT NOT NULL
);
