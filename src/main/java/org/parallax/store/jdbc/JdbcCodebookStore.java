package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Frame;
import org.parallax.model.Names;
import org.parallax.model.AlreadyThereException;
import org.parallax.model.ParallaxException;
import org.parallax.model.Scenario;
import org.parallax.store.CodebookStore;
import org.parallax.store.OutsideChange.Part;

/** Frames, scenarios, codes and the expectation mapping. Code names are unique in a project. */
public final class JdbcCodebookStore implements CodebookStore {
    /**
     * What its writes change: the codebook, and the passages, their memos and the tracing's evidence a deleted code
     * takes with it; never documents, coders or settings, so a codebook edit takes no names of the log again.
     */
    private static final Set<Part> WRITES = Set.of(Part.CODEBOOK, Part.SEGMENTS, Part.MEMOS, Part.TRACING);
    /** A scenario deleted or put back changes the documents in it too. */
    private static final Set<Part> WITH_DOCUMENTS = Set.of(Part.CODEBOOK, Part.SEGMENTS, Part.MEMOS, Part.TRACING,
            Part.DOCUMENTS);
    private static final String CODE_COLUMNS = "parent_id, frame_id, scenario_id, name, color, definition, shortcut, "
            + "position, inclusion, exclusion, version, changed_by";
    private static final int NAMES_PER_STATEMENT = 500;
    private final JdbcSession db;

    public JdbcCodebookStore(JdbcSession db) {
        this.db = db;
    }

    @Override
    public Codebook load() {
        return db.read(c -> new Codebook(
                Sql.list(c, "SELECT * FROM frames ORDER BY position, id", JdbcCodebookStore::frame),
                Sql.list(c, "SELECT * FROM scenarios ORDER BY position, id", JdbcCodebookStore::scenario),
                Sql.list(c, "SELECT * FROM codes ORDER BY position, id", JdbcCodebookStore::code),
                expectations(c)));
    }

    @Override
    public Frame insertFrame(String given, String description, String color) {
        String name = Names.clean(given);
        return db.write(WRITES, c -> {
            requireUnused(c, "frames", name, "frame");
            int position = nextPosition(c, "frames");
            long id = Sql.insert(c, IdFloors.insert(db.dialect(), "frames", "name, description, color, position, "
                    + "changed_by", "?,?,?,?,?"), name, description, color, position, db.actor());
            RowChecks.sealRow(c, RowChecks.FRAMES, id);
            return new Frame(id, name, description, color, position, 1);
        });
    }

    @Override
    public long updateFrame(Frame given) {
        return updateFrameAs(given, db.actor());
    }

    @Override
    public long updateFrameAs(Frame given, String editor) {
        Frame frame = given.withName(Names.clean(given.name()));
        return db.write(WRITES, c -> Versions.update(c, Versions.FRAMES, frame.id(), frame.version(), editor,
                "name=?, description=?, color=?, position=?", frame.name(), frame.description(), frame.color(),
                frame.position()));
    }

    /** Inserts a scenario at the end of the column order together with its scenario code. */
    @Override
    public Scenario insertScenario(String given, String description) {
        String name = Names.clean(given);
        return db.write(WRITES, c -> {
            requireUnused(c, "scenarios", name, "scenario");
            requireUnused(c, "codes", name, "code");
            int position = nextPosition(c, "scenarios");
            long id = Sql.insert(c, IdFloors.insert(db.dialect(), "scenarios", "name, description, position, "
                    + "changed_by", "?,?,?,?"), name, description, position, db.actor());
            Sql.insert(c, IdFloors.insert(db.dialect(), "codes", "name, scenario_id, color, definition, position, "
                    + "changed_by", "?,?,?,?,?,?"), name, id, "#9e9e9e", "Passage describes this scenario: " + name,
                    nextPosition(c, "codes"), db.actor());
            RowChecks.sealRow(c, RowChecks.SCENARIOS, id);
            RowChecks.seal(c, RowChecks.CODES, "scenario_id=?", id);
            return new Scenario(id, name, description, position, 1);
        });
    }

    /** Renames or reorders a scenario; its scenario code is renamed with it. */
    @Override
    public long updateScenario(Scenario given) {
        return updateScenarioAs(given, db.actor());
    }

    @Override
    public long updateScenarioAs(Scenario given, String editor) {
        Scenario scenario = given.withName(Names.clean(given.name()));
        return db.write(WRITES, c -> {
            long version = Versions.update(c, Versions.SCENARIOS, scenario.id(), scenario.version(), editor,
                    "name=?, description=?, position=?", scenario.name(), scenario.description(), scenario.position());
            RowChecks.unseal(c, RowChecks.CODES, "scenario_id=? AND name<>?", scenario.id(), scenario.name());
            Sql.update(c, "UPDATE codes SET name=?, version=version+1, changed_by=? WHERE scenario_id=? AND name<>?",
                    scenario.name(), editor, scenario.id(), scenario.name());
            RowChecks.seal(c, RowChecks.CODES, "scenario_id=?", scenario.id());
            return version;
        });
    }

    /** Inserts a code; {@code code.id()} is ignored unless {@code keepId}, used when undo restores a code. */
    @Override
    public Code insertCode(Code code, boolean keepId) {
        return db.write(WRITES, c -> insert(c, code, keepId, keepId ? code.position() : nextPosition(c, "codes"), db.actor()));
    }

    @Override
    public Code insertCodeAt(Code code) {
        return db.write(WRITES, c -> insert(c, code, false, code.position(), db.actor()));
    }

    /**
     * One check of the names, one batch of inserts, one look-up of the new ids and one sealing of the new rows for
     * any number of codes (names in chunks a statement's parameters hold).
     */
    @Override
    public List<Code> insertCodesAt(List<Code> given) {
        List<Code> codes = given.stream().map(code -> code.withName(Names.clean(code.name()))).toList();
        if (codes.isEmpty()) {
            return List.of();
        }
        return db.write(WRITES, c -> {
            List<String> names = requireUnused(c, codes);
            try (PreparedStatement st = c.prepareStatement(IdFloors.insert(db.dialect(), "codes", CODE_COLUMNS,
                    "?,?,?,?,?,?,?,?,?,?,?,?"))) {
                for (Code code : codes) {
                    Sql.bind(st, code.parentId(), code.frameId(), code.scenarioId(), code.name(), code.color(),
                            code.definition(), code.shortcut(), code.position(), code.inclusion(), code.exclusion(),
                            1, db.actor());
                    st.addBatch();
                }
                st.executeBatch();
            }
            Map<String, Long> ids = new HashMap<>();
            for (List<String> chunk : chunks(names)) {
                Sql.list(c, "SELECT name, id FROM codes WHERE name IN (" + places(chunk.size()) + ")",
                        rs -> Map.entry(rs.getString(1), rs.getLong(2)), chunk.toArray())
                        .forEach(e -> ids.put(e.getKey(), e.getValue()));
            }
            RowChecks.seal(c, RowChecks.CODES, "row_crc IS NULL");
            List<Code> out = new ArrayList<>();
            for (Code code : codes) {
                long id = ids.get(code.name());
                takeShortcut(c, code.shortcut(), id, db.actor());
                out.add(new Code(id, code.parentId(), code.frameId(), code.scenarioId(), code.name(), code.color(),
                        code.definition(), code.shortcut(), code.position(), code.inclusion(), code.exclusion(), 1));
            }
            return out;
        });
    }

    /** The codes' names, each checked to be given, and neither stored nor given twice. */
    private static List<String> requireUnused(Connection c, List<Code> codes) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        for (Code code : codes) {
            if (code.name() == null || code.name().isBlank()) {
                throw new ParallaxException("A code needs a name");
            }
            if (!names.add(code.name())) {
                throw new ParallaxException("A code named '" + code.name() + "' already exists");
            }
        }
        List<String> all = new ArrayList<>(names);
        for (List<String> chunk : chunks(all)) {
            Optional<String> taken = Sql.one(c, "SELECT name FROM codes WHERE name IN (" + places(chunk.size())
                    + ") LIMIT 1", rs -> rs.getString(1), chunk.toArray());
            if (taken.isPresent()) {
                throw AlreadyThereException.added("A code named '" + taken.get() + "' already exists",
                        "code", "codebook");
            }
        }
        return all;
    }

    /** Lists cut to what one statement's parameters hold in SQLite and PostgreSQL alike. */
    private static List<List<String>> chunks(List<String> values) {
        List<List<String>> out = new ArrayList<>();
        for (int from = 0; from < values.size(); from += NAMES_PER_STATEMENT) {
            out.add(values.subList(from, Math.min(values.size(), from + NAMES_PER_STATEMENT)));
        }
        return out;
    }

    private static String places(int count) {
        return String.join(",", java.util.Collections.nCopies(count, "?"));
    }

    @Override
    public Code scenarioCode(long scenarioId) {
        return db.read(c -> Sql.one(c, "SELECT * FROM codes WHERE scenario_id=?", JdbcCodebookStore::code,
                scenarioId)).orElseThrow(() -> new ParallaxException("Scenario " + scenarioId + " has no scenario code"));
    }

    /**
     * A new row starts at version 1 and names who made it; a code put back with its id (undo of a deletion) goes on
     * from the version it had, so an editor still holding that version sees it changed.
     */
    private Code insert(Connection c, Code given, boolean keepId, int position, String actor)
            throws SQLException {
        Code code = given.withName(Names.clean(given.name()));
        requireUnused(c, "codes", code.name(), "code");
        long version = keepId ? Math.max(1, code.version() + 1) : 1;
        String columns = CODE_COLUMNS;
        Object[] values = {code.parentId(), code.frameId(), code.scenarioId(), code.name(), code.color(),
            code.definition(), code.shortcut(), position, code.inclusion(), code.exclusion(), version, actor};
        long id;
        if (keepId) {
            Object[] withId = new Object[values.length + 1];
            withId[0] = code.id();
            System.arraycopy(values, 0, withId, 1, values.length);
            id = Sql.insert(c, "INSERT INTO codes(id, " + columns + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", withId);
        } else {
            id = Sql.insert(c, IdFloors.insert(db.dialect(), "codes", columns, "?,?,?,?,?,?,?,?,?,?,?,?"), values);
        }
        RowChecks.sealRow(c, RowChecks.CODES, id);
        takeShortcut(c, code.shortcut(), id, actor);
        return new Code(id, code.parentId(), code.frameId(), code.scenarioId(), code.name(), code.color(),
                code.definition(), code.shortcut(), position, code.inclusion(), code.exclusion(), version);
    }

    /** Updates a code; a null inclusion or exclusion rule keeps the stored one, an empty one clears it. */
    @Override
    public long updateCode(Code given) {
        return updateCodeAs(given, db.actor());
    }

    @Override
    public long updateCodeAs(Code given, String editor) {
        Code code = given.withName(Names.clean(given.name()));
        return db.write(WRITES, c -> {
            Optional<Long> clash = Sql.one(c, "SELECT id FROM codes WHERE name=? AND id<>?", rs -> rs.getLong(1),
                    code.name(), code.id());
            if (clash.isPresent()) {
                throw AlreadyThereException.added("A code named '" + code.name() + "' already exists",
                        "code", "codebook");
            }
            // A null rule keeps the stored one, so callers that build a Code without rules do not erase the
            // guide; an empty rule clears it.
            long version = Versions.update(c, Versions.CODES, code.id(), code.version(), editor,
                    "parent_id=?, frame_id=?, name=?, color=?, definition=?, shortcut=?, position=?, "
                            // Typed, so PostgreSQL knows what the bare parameter is.
                            + "inclusion=CASE WHEN CAST(? AS TEXT) IS NULL THEN inclusion ELSE nullif(?, '') END, "
                            + "exclusion=CASE WHEN CAST(? AS TEXT) IS NULL THEN exclusion ELSE nullif(?, '') END",
                    code.parentId(), code.frameId(), code.name(), code.color(), code.definition(), code.shortcut(),
                    code.position(), code.inclusion(), code.inclusion(), code.exclusion(), code.exclusion());
            takeShortcut(c, code.shortcut(), code.id(), db.actor());
            return version;
        });
    }

    @Override
    public Optional<String> lastEditor(Entry entry, long id) {
        String table = switch (entry) {
            case FRAME -> "frames";
            case SCENARIO -> "scenarios";
            case CODE -> "codes";
        };
        return db.read(c -> Sql.one(c, "SELECT changed_by FROM " + table + " WHERE id=?", rs -> rs.getString(1), id));
    }

    /**
     * A shortcut key selects exactly one code: a code given one, edited or new (a codebook import's), takes it from
     * any other code that had it.
     */
    private static void takeShortcut(Connection c, int shortcut, long codeId, String actor) throws SQLException {
        if (shortcut != 0) {
            RowChecks.unseal(c, RowChecks.CODES, "shortcut=? AND id<>?", shortcut, codeId);
            Sql.update(c, "UPDATE codes SET shortcut=0, version=version+1, changed_by=? WHERE shortcut=? AND id<>?",
                    actor, shortcut, codeId);
            RowChecks.seal(c, RowChecks.CODES, "row_crc IS NULL");
        }
    }

    /** Deletes a code; its segments go with it (callers snapshot them first for undo). */
    @Override
    public void deleteCode(long id) {
        db.write(WRITES, c -> {
            RowChecks.unseal(c, RowChecks.CODES, "parent_id=?", id);
            Sql.update(c, "UPDATE codes SET parent_id=(SELECT parent_id FROM codes WHERE id=?), version=version+1, "
                    + "changed_by=? WHERE parent_id=?", id, db.actor(), id);
            RowChecks.seal(c, RowChecks.CODES, "row_crc IS NULL");
            return Sql.update(c, "DELETE FROM codes WHERE id=?", id);
        });
    }

    @Override
    public void deleteFrame(long id) {
        db.write(WRITES, c -> {
            CodebookRemovals.deleteFrame(c, db.dialect(), db.actor(), id);
            return null;
        });
    }

    @Override
    public Frame restoreFrame(Frame frame) {
        return db.write(WRITES, c -> CodebookRemovals.restoreFrame(c, db.actor(), frame));
    }

    @Override
    public List<Long> deleteScenario(long id) {
        return db.write(WITH_DOCUMENTS, c -> CodebookRemovals.deleteScenario(c, db.dialect(), db.actor(), id));
    }

    @Override
    public Scenario restoreScenario(Scenario scenario, java.util.Collection<Long> documentIds) {
        return db.write(WITH_DOCUMENTS, c -> CodebookRemovals.restoreScenario(c, db.actor(), scenario, documentIds));
    }

    @Override
    public void setExpectations(long codeId, Set<Long> scenarioIds) {
        setExpectations(Map.of(codeId, scenarioIds));
    }

    /**
     * Three prepared statements for the writes, however many codes (a codebook import sets thousands at once), and two
     * look-ups per 500 codes whose expected scenarios change. Such a code gets a new version naming who changed them,
     * as any other change of the code; its rows are checked first (they are written anew from what was read).
     */
    @Override
    public void setExpectations(Map<Long, Set<Long>> byCode) {
        db.write(WRITES, c -> {
            Map<Long, Set<Long>> stored = new java.util.HashMap<>();
            try (var st = c.createStatement();
                    var rs = st.executeQuery("SELECT code_id, scenario_id FROM code_expectations")) {
                while (rs.next()) {
                    stored.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>()).add(rs.getLong(2));
                }
            }
            // A code whose expected scenarios stay as they are is left alone; the others' rows are written anew.
            List<Long> changed = byCode.entrySet().stream()
                    .filter(e -> !stored.getOrDefault(e.getKey(), Set.of()).equals(e.getValue()))
                    .map(Map.Entry::getKey).toList();
            for (int from = 0; from < changed.size(); from += NAMES_PER_STATEMENT) {
                List<Long> chunk = changed.subList(from, Math.min(changed.size(), from + NAMES_PER_STATEMENT));
                String ids = "(" + places(chunk.size()) + ")";
                RowChecks.requireIntact(c, RowChecks.CODE_EXPECTATIONS, row -> "The expected scenarios of code "
                        + row.get("code_id"), "code_id IN " + ids, chunk.toArray());
                RowChecks.unseal(c, RowChecks.CODES, "id IN " + ids, chunk.toArray());
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM code_expectations WHERE code_id=?");
                 PreparedStatement insert = c.prepareStatement(
                         "INSERT INTO code_expectations(code_id, scenario_id) VALUES (?,?)");
                 PreparedStatement bump = c.prepareStatement(
                         "UPDATE codes SET version=version+1, changed_by=? WHERE id=?")) {
                for (long code : changed) {
                    bump.setString(1, db.actor());
                    bump.setLong(2, code);
                    bump.addBatch();
                    delete.setLong(1, code);
                    delete.addBatch();
                    for (long scenarioId : byCode.get(code)) {
                        insert.setLong(1, code);
                        insert.setLong(2, scenarioId);
                        insert.addBatch();
                    }
                }
                delete.executeBatch();
                insert.executeBatch();
                bump.executeBatch();
            }
            // New rows and bumped codes have no sum yet: one look-up each however many codes an import sets.
            RowChecks.seal(c, RowChecks.CODE_EXPECTATIONS, "row_crc IS NULL");
            RowChecks.seal(c, RowChecks.CODES, "row_crc IS NULL");
            return null;
        });
    }

    /** Anchor passages of every code that has some: code id to segment ids, in the order they were added. */
    @Override
    public Map<Long, List<Long>> anchors() {
        return db.read(c -> {
            Map<Long, List<Long>> out = new LinkedHashMap<>();
            Sql.list(c, "SELECT code_id, segment_id FROM code_anchors ORDER BY "
                    + db.dialect().anchorInsertionOrder(), rs -> {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                return null;
            });
            return out;
        });
    }

    /** Marks a passage as an anchor example of a code; marking it twice changes nothing. */
    @Override
    public void addAnchor(long codeId, long segmentId) {
        db.write(WRITES, c -> {
            Sql.update(c, "INSERT INTO code_anchors(code_id, segment_id) VALUES (?,?) ON CONFLICT DO NOTHING",
                    codeId, segmentId);
            RowChecks.seal(c, RowChecks.CODE_ANCHORS, "code_id=? AND segment_id=?", codeId, segmentId);
            return null;
        });
    }

    @Override
    public void removeAnchor(long codeId, long segmentId) {
        db.write(WRITES, c -> Sql.update(c, "DELETE FROM code_anchors WHERE code_id=? AND segment_id=?", codeId, segmentId));
    }

    private static Map<Long, Set<Long>> expectations(Connection c) throws SQLException {
        Map<Long, Set<Long>> out = new HashMap<>();
        Sql.list(c, "SELECT e.code_id, e.scenario_id FROM code_expectations e "
                + "JOIN scenarios s ON s.id = e.scenario_id ORDER BY s.position", rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getLong(2));
                    return null;
                });
        return out;
    }

    private static void requireUnused(Connection c, String table, String name, String what) throws SQLException {
        if (name == null || name.isBlank()) {
            throw new ParallaxException("A " + what + " needs a name");
        }
        if (Sql.one(c, "SELECT 1 FROM " + table + " WHERE name=?", rs -> 1, name).isPresent()) {
            throw AlreadyThereException.added("A " + what + " named '" + name + "' already exists",
                    what, "codebook");
        }
    }

    private static int nextPosition(Connection c, String table) throws SQLException {
        return Sql.one(c, "SELECT coalesce(max(position), -1) + 1 FROM " + table, rs -> rs.getInt(1)).orElse(0);
    }

    private static Frame frame(ResultSet rs) throws SQLException {
        return new Frame(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                rs.getString("color"), rs.getInt("position"), rs.getLong("version"));
    }

    private static Scenario scenario(ResultSet rs) throws SQLException {
        return new Scenario(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                rs.getInt("position"), rs.getLong("version"));
    }

    private static Code code(ResultSet rs) throws SQLException {
        return new Code(rs.getLong("id"), Sql.nullableLong(rs, "parent_id"), Sql.nullableLong(rs, "frame_id"),
                Sql.nullableLong(rs, "scenario_id"), rs.getString("name"), rs.getString("color"),
                rs.getString("definition"), rs.getInt("shortcut"), rs.getInt("position"), rs.getString("inclusion"),
                rs.getString("exclusion"), rs.getLong("version"));
    }
}
