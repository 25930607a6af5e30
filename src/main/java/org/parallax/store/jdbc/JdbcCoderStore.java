package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Coder;
import org.parallax.model.Names;
import org.parallax.store.CoderStore;

/** The coders of a project, created on first use by name. */
public final class JdbcCoderStore implements CoderStore {
    private final JdbcSession db;

    public JdbcCoderStore(JdbcSession db) {
        this.db = db;
    }

    /** The coder with this name, created if new. */
    @Override
    public Coder ensure(String name) {
        String clean = Names.clean(name);
        if (clean == null || clean.isEmpty()) {
            throw new org.parallax.model.ParallaxException("A coder needs a name");
        }
        // Almost always the coder exists: a read then, not a write transaction (on a team server a commit to disk).
        Optional<Coder> known = find(clean);
        if (known.isPresent()) {
            return known.get();
        }
        return db.write(c -> {
            var existing = Sql.one(c, "SELECT id, name FROM coders WHERE name=?",
                    rs -> new Coder(rs.getLong(1), rs.getString(2)), clean);
            if (existing.isPresent()) {
                return existing.get();
            }
            long id = Sql.insert(c, "INSERT INTO coders(name) VALUES (?)", clean);
            RowChecks.sealRow(c, RowChecks.CODERS, id);
            return new Coder(id, clean);
        });
    }

    /** The coder with this name, if the project has one. */
    @Override
    public Optional<Coder> find(String name) {
        return db.read(c -> Sql.one(c, "SELECT id, name FROM coders WHERE name=?",
                rs -> new Coder(rs.getLong(1), rs.getString(2)), Names.clean(name)));
    }

    @Override
    public boolean renameIfNothingRecorded(Coder coder, String name) {
        String clean = Names.clean(name);
        if (clean == null || clean.isEmpty()) {
            throw new org.parallax.model.ParallaxException("A coder needs a name");
        }
        // Looked up in a read: a declined rename must not commit, since every commit advances the file's save number.
        if (db.readOneState(c -> recorded(c, coder, clean))) {
            return false;
        }
        try {
            return db.write(c -> {
                if (recorded(c, coder, clean)) {
                    // Recorded between the read and the write: rolled back, so nothing is committed.
                    throw new Declined();
                }
                RowChecks.unsealRow(c, RowChecks.CODERS, coder.id());
                Sql.update(c, "UPDATE coders SET name=? WHERE id=?", clean, coder.id());
                RowChecks.sealRow(c, RowChecks.CODERS, coder.id());
                // What it changed before it was named (the codebook made with the project, the documents imported)
                // named it too: a name the person never gave, kept in the file wherever it went.
                RowChecks.renameEditor(c, coder.name(), clean);
                return true;
            });
        } catch (Declined declined) {
            return false;
        }
    }

    @Override
    public Coder rename(Coder coder, String name) {
        String clean = Names.clean(name);
        if (clean == null || clean.isEmpty()) {
            throw new org.parallax.model.ParallaxException("A coder needs a name");
        }
        return db.write(c -> {
            String was = Sql.one(c, "SELECT name FROM coders WHERE id=?", rs -> rs.getString(1), coder.id())
                    .orElseThrow(() -> new org.parallax.model.ParallaxException("The coder " + coder.name()
                            + " is no longer in the project (nothing was renamed)"));
            if (Sql.one(c, "SELECT 1 FROM coders WHERE name=? AND id<>?", rs -> 1, clean, coder.id()).isPresent()) {
                throw new org.parallax.model.ParallaxException("A coder called " + clean + " is in the project "
                        + "already (nothing was renamed)");
            }
            RowChecks.unsealRow(c, RowChecks.CODERS, coder.id());
            Sql.update(c, "UPDATE coders SET name=? WHERE id=?", clean, coder.id());
            RowChecks.sealRow(c, RowChecks.CODERS, coder.id());
            RowChecks.renameEditor(c, was, clean);
            renameLearntFrom(c, was, clean);
            return new Coder(coder.id(), clean);
        });
    }

    /**
     * The assistant's provenance names the coder it learnt from by name ("coder=ann seed=7"): left, the old name would
     * go on into every file that carries the provenance, where files replace only the names coders have now.
     */
    private static void renameLearntFrom(Connection c, String was, String now) throws SQLException {
        String before = " coder=" + was + " seed=";
        for (var row : Sql.list(c, "SELECT segment_id, settings FROM passage_provenance",
                rs -> java.util.Map.entry(rs.getLong(1), rs.getString(2)))) {
            if (row.getValue().contains(before)) {
                RowChecks.unseal(c, RowChecks.PASSAGE_PROVENANCE, "segment_id=?", row.getKey());
                Sql.update(c, "UPDATE passage_provenance SET settings=? WHERE segment_id=?",
                        row.getValue().replace(before, " coder=" + now + " seed="), row.getKey());
                RowChecks.seal(c, RowChecks.PASSAGE_PROVENANCE, "segment_id=?", row.getKey());
            }
        }
    }

    /** Whether the coder has a passage or memo, or another coder has the name already. */
    private static boolean recorded(Connection c, Coder coder, String name) throws SQLException {
        return Sql.one(c, "SELECT 1 FROM segments WHERE coder_id=? LIMIT 1", rs -> 1, coder.id()).isPresent()
                || Sql.one(c, "SELECT 1 FROM memos WHERE author_id=? OR changed_by=? LIMIT 1", rs -> 1,
                coder.id(), coder.name()).isPresent()
                || Sql.one(c, "SELECT 1 FROM coders WHERE name=?", rs -> 1, name).isPresent();
    }

    /** Thrown inside the write to roll it back when the rename is declined there. */
    private static final class Declined extends RuntimeException {
        Declined() {
            super(null, null, false, false);
        }
    }

    @Override
    public List<Coder> list() {
        return db.read(c -> Sql.list(c, "SELECT id, name FROM coders ORDER BY id",
                rs -> new Coder(rs.getLong(1), rs.getString(2))));
    }
}
