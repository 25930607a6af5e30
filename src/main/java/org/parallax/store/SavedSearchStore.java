package org.parallax.store;

import java.time.Instant;
import java.util.List;
import org.parallax.model.SavedSearch;

/** Saved search queries; saving under an existing name replaces its query. */
public final class SavedSearchStore {
    private final Database db;

    public SavedSearchStore(Database db) {
        this.db = db;
    }

    public SavedSearch save(String name, String query) {
        return db.write(c -> {
            Sql.update(c, "INSERT INTO saved_searches(name, query, created) VALUES (?,?,?) "
                    + "ON CONFLICT(name) DO UPDATE SET query=excluded.query", name, query, Instant.now());
            return Sql.one(c, "SELECT id, name, query, created FROM saved_searches WHERE name=?",
                    SavedSearchStore::map, name).orElseThrow();
        });
    }

    public List<SavedSearch> list() {
        return db.read(c -> Sql.list(c, "SELECT id, name, query, created FROM saved_searches ORDER BY name",
                SavedSearchStore::map));
    }

    public void delete(long id) {
        db.write(c -> Sql.update(c, "DELETE FROM saved_searches WHERE id=?", id));
    }

    private static SavedSearch map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SavedSearch(rs.getLong(1), rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4)));
    }
}
