package org.parallax.store.jdbc;

import java.util.Optional;
import org.parallax.store.SettingsStore;

/** Project-scoped settings as key/value text, e.g. the active coder. */
public final class JdbcSettingsStore implements SettingsStore {
    private final JdbcSession db;

    public JdbcSettingsStore(JdbcSession db) {
        this.db = db;
    }

    @Override
    public Optional<String> get(String key) {
        return db.read(c -> Sql.one(c, "SELECT value FROM settings WHERE key=?", rs -> rs.getString(1), key));
    }

    // A put of the value already there and a remove of a key not there are not written: every commit advances the file's
    // save number, and one that changed nothing would leave the file differing from the same work done once.
    @Override
    public void put(String key, String value) {
        if (get(key).filter(value::equals).isPresent()) {
            return;
        }
        db.write(c -> Sql.update(c, "INSERT INTO settings(key, value) VALUES (?,?) "
                + "ON CONFLICT(key) DO UPDATE SET value=excluded.value", key, value));
    }

    @Override
    public void remove(String key) {
        if (get(key).isEmpty()) {
            return;
        }
        db.write(c -> Sql.update(c, "DELETE FROM settings WHERE key=?", key));
    }

    /** A team server's ids come from sequences, never handed out twice: only a project file keeps floors. */
    @Override
    public boolean keepsSharedIds() {
        return db.dialect().insertsRisingIds() && db.read(IdFloors::kept);
    }

    @Override
    public void keepIdsHeld() {
        if (db.dialect().insertsRisingIds()) {
            db.write(c -> {
                IdFloors.raise(c);
                return null;
            });
        }
    }
}
