package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.parallax.model.AlreadyThereException;
import org.parallax.model.Frame;
import org.parallax.model.Names;
import org.parallax.model.Scenario;

/**
 * The SQL of deleting a frame or a scenario and of putting one back under its id, inside the caller's transaction.
 * Every row the deletion changes (a frame's codes, a scenario's documents) is opened, written with a new version and
 * sealed again, where the foreign keys' own ON DELETE SET NULL would have left it not matching its checksum.
 */
final class CodebookRemovals {
    private static final int IDS_PER_STATEMENT = 500;

    private CodebookRemovals() {
    }

    /** The frame's codes to no frame, then the frame gone, its id kept from new frames. */
    static void deleteFrame(Connection c, Dialect dialect, String actor, long id) throws SQLException {
        RowChecks.unseal(c, RowChecks.CODES, "frame_id=?", id);
        Sql.update(c, "UPDATE codes SET frame_id=NULL, version=version+1, changed_by=? WHERE frame_id=?", actor, id);
        RowChecks.seal(c, RowChecks.CODES, "row_crc IS NULL");
        Sql.update(c, "DELETE FROM frames WHERE id=?", id);
        IdFloors.keepDeleted(c, dialect, "frames", id);
    }

    static Frame restoreFrame(Connection c, String actor, Frame given) throws SQLException {
        Frame frame = given.withName(Names.clean(given.name()));
        requireUnused(c, "frames", frame.name(), "frame");
        long version = Math.max(1, frame.version() + 1);
        Sql.insert(c, "INSERT INTO frames(id, name, description, color, position, version, changed_by) "
                + "VALUES (?,?,?,?,?,?,?)", frame.id(), frame.name(), frame.description(), frame.color(),
                frame.position(), version, actor);
        RowChecks.sealRow(c, RowChecks.FRAMES, frame.id());
        return frame.withVersion(version);
    }

    /**
     * The scenario's documents to no scenario, then the scenario gone (its scenario code, that code's passages and
     * the expectations of it go by the foreign keys); returns the documents' ids.
     */
    static List<Long> deleteScenario(Connection c, Dialect dialect, String actor, long id) throws SQLException {
        List<Long> documents = Sql.list(c, "SELECT id FROM documents WHERE scenario_id=? ORDER BY id",
                rs -> rs.getLong(1), id);
        RowChecks.unseal(c, RowChecks.DOCUMENTS, "scenario_id=?", id);
        Sql.update(c, "UPDATE documents SET scenario_id=NULL, version=version+1, changed_by=? WHERE scenario_id=?",
                actor, id);
        RowChecks.seal(c, RowChecks.DOCUMENTS, "row_crc IS NULL");
        Sql.update(c, "DELETE FROM scenarios WHERE id=?", id);
        IdFloors.keepDeleted(c, dialect, "scenarios", id);
        return documents;
    }

    /** The scenario under its id, and those of {@code documentIds} in no scenario now back in it. */
    static Scenario restoreScenario(Connection c, String actor, Scenario given, Collection<Long> documentIds)
            throws SQLException {
        Scenario scenario = given.withName(Names.clean(given.name()));
        requireUnused(c, "scenarios", scenario.name(), "scenario");
        long version = Math.max(1, scenario.version() + 1);
        Sql.insert(c, "INSERT INTO scenarios(id, name, description, position, version, changed_by) "
                + "VALUES (?,?,?,?,?,?)", scenario.id(), scenario.name(), scenario.description(), scenario.position(),
                version, actor);
        RowChecks.sealRow(c, RowChecks.SCENARIOS, scenario.id());
        List<Long> ids = new ArrayList<>(documentIds);
        for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT));
            String where = "scenario_id IS NULL AND id IN (" + String.join(",",
                    java.util.Collections.nCopies(chunk.size(), "?")) + ")";
            RowChecks.unseal(c, RowChecks.DOCUMENTS, where, chunk.toArray());
            List<Object> params = new ArrayList<>(List.of(scenario.id(), actor));
            params.addAll(chunk);
            Sql.update(c, "UPDATE documents SET scenario_id=?, version=version+1, changed_by=? WHERE " + where,
                    params.toArray());
            RowChecks.seal(c, RowChecks.DOCUMENTS, "row_crc IS NULL");
        }
        return scenario.withVersion(version);
    }

    private static void requireUnused(Connection c, String table, String name, String what) throws SQLException {
        if (Sql.one(c, "SELECT 1 FROM " + table + " WHERE name=?", rs -> 1, name).isPresent()) {
            throw AlreadyThereException.added("A " + what + " named '" + name + "' was made since; rename it to "
                    + "bring the deleted one back", what, "codebook");
        }
    }
}
