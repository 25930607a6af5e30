package org.parallax.store;

import java.util.Optional;

/** Project-scoped settings as key/value text, e.g. the active coder. */
public final class SettingsStore {
    private final Database db;

    public SettingsStore(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.read(c -> Sql.one(c, "SELECT value FROM settings WHERE key=?", rs -> rs.getString(1), key));
    }

    public void put(String key, String value) {
        db.write(c -> Sql.update(c, "INSERT INTO settings(key, value) VALUES (?,?) "
                + "ON CONFLICT(key) DO UPDATE SET value=excluded.value", key, value));
    }
}
