package org.parallax.store.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parallax.model.SavedSearch;
import org.parallax.store.SavedSearchStore;

/**
 * Saved search queries, each with who saved it ({@code saved_by}, the session's actor). A new name is a plain
 * {@code INSERT}: two members saving one name at the same moment collide on its unique index, and the later one is run
 * again and meets the other's search, instead of replacing it.
 */
public final class JdbcSavedSearchStore implements SavedSearchStore {
    private static final String COLUMNS = "id, name, query, created, saved_by";
    private final JdbcSession db;

    public JdbcSavedSearchStore(JdbcSession db) {
        this.db = db;
    }

    @Override
    public Optional<SavedSearch> find(String name) {
        return db.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM saved_searches WHERE name=?",
                JdbcSavedSearchStore::map, name));
    }

    @Override
    public SavedSearch add(String name, String query, Instant now) {
        return db.write(c -> {
            long id = Sql.insert(c, "INSERT INTO saved_searches(name, query, created, saved_by) VALUES (?,?,?,?)",
                    name, query, now, db.actor());
            RowChecks.sealRow(c, RowChecks.SAVED_SEARCHES, id);
            return one(c, id);
        });
    }

    @Override
    public SavedSearch replace(long id, String query) {
        return db.write(c -> {
            RowChecks.unsealRow(c, RowChecks.SAVED_SEARCHES, id);
            Sql.update(c, "UPDATE saved_searches SET query=?, saved_by=? WHERE id=?", query, db.actor(), id);
            RowChecks.sealRow(c, RowChecks.SAVED_SEARCHES, id);
            return one(c, id);
        });
    }

    @Override
    public List<SavedSearch> list() {
        return db.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM saved_searches ORDER BY name",
                JdbcSavedSearchStore::map));
    }

    @Override
    public void delete(long id) {
        db.write(c -> Sql.update(c, "DELETE FROM saved_searches WHERE id=?", id));
    }

    private static SavedSearch one(java.sql.Connection c, long id) throws java.sql.SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM saved_searches WHERE id=?", JdbcSavedSearchStore::map, id)
                .orElseThrow();
    }

    private static SavedSearch map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SavedSearch(rs.getLong(1), rs.getString(2), rs.getString(3), StoredValues.instant(rs, 4,
                "saved_searches"), rs.getString(5));
    }
}
