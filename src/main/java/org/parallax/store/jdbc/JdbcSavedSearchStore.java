package org.parallax.store.jdbc;

import java.time.Instant;
import java.util.List;
import org.parallax.model.SavedSearch;
import org.parallax.store.SavedSearchStore;

/** Saved search queries; saving under an existing name replaces its query. */
public final class JdbcSavedSearchStore implements SavedSearchStore {
    private final JdbcSession db;

    public JdbcSavedSearchStore(JdbcSession db) {
        this.db = db;
    }

    @Override
    public SavedSearch save(String name, String query, Instant now) {
        return db.write(c -> {
            RowChecks.unseal(c, RowChecks.SAVED_SEARCHES, "name=?", name);
            Sql.update(c, "INSERT INTO saved_searches(name, query, created) VALUES (?,?,?) "
                    + "ON CONFLICT(name) DO UPDATE SET query=excluded.query", name, query, now);
            RowChecks.seal(c, RowChecks.SAVED_SEARCHES, "name=?", name);
            return Sql.one(c, "SELECT id, name, query, created FROM saved_searches WHERE name=?",
                    JdbcSavedSearchStore::map, name).orElseThrow();
        });
    }

    @Override
    public List<SavedSearch> list() {
        return db.read(c -> Sql.list(c, "SELECT id, name, query, created FROM saved_searches ORDER BY name",
                JdbcSavedSearchStore::map));
    }

    @Override
    public void delete(long id) {
        db.write(c -> Sql.update(c, "DELETE FROM saved_searches WHERE id=?", id));
    }

    private static SavedSearch map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SavedSearch(rs.getLong(1), rs.getString(2), rs.getString(3), StoredValues.instant(rs, 4,
                "saved_searches"));
    }
}
