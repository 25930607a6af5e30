package org.parallax.store.sqlite;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.parallax.store.LeftOutOfACopy;
import org.parallax.store.StoreException;
import org.parallax.store.jdbc.RowChecks;
import org.parallax.store.jdbc.Sql;

/**
 * A snapshot of a project made into the copy another coder codes blind in: the documents with their details, the
 * codebook with its frames and scenarios, the file's save number and its id floors stay (so that no id the copy hands
 * out names another row in the project: store.jdbc.IdFloors); every other table (passages, memos, coders,
 * anchor examples, process tracing, saved searches, the assistant's records, and any table a later version adds) is
 * emptied, the settings not named are removed, who last changed a document or a codebook entry is forgotten, and what
 * the codebook says of its entries passes through the caller's rewriting (the coders' names taken out). The
 * file is then vacuumed, so that nothing removed can be read from its free pages. All of it or, on a failure, none of
 * it (the caller deletes the snapshot).
 */
final class CodingLeftOut {
    /** What the other coder codes with: everything else is the researcher's own work or says who they are. */
    private static final Set<String> KEPT_TABLES = Set.of("documents", "document_texts", "document_attributes",
            "frames", "scenarios", "codes", "code_expectations", "settings", FileGeneration.TABLE);
    /** The kept tables that name who last changed a row. */
    private static final List<String> EDITED_TABLES = List.of("documents", "frames", "scenarios", "codes");
    /** What the codebook says of its entries, in words an analyst wrote (names, which a merge matches, aside). */
    private static final Map<String, List<String>> CODEBOOK_TEXTS = Map.of("codes", List.of("definition", "inclusion",
            "exclusion"), "frames", List.of("description"), "scenarios", List.of("description"));

    private CodingLeftOut() {
    }

    /**
     * Empties the tables not kept in {@code snapshot}, removes its settings but {@code keptSettings} and the id floors
     * and writes {@code addedSettings}; what it took out.
     */
    static LeftOutOfACopy strip(Path snapshot, Set<String> keptSettings, Map<String, String> addedSettings,
                                   UnaryOperator<String> codebookTexts) {
        Map<String, Long> removed = new LinkedHashMap<>();
        List<String> settingsRemoved;
        try (Connection c = Connections.writer(snapshot, false)) {
            c.setAutoCommit(false);
            try {
                try (var st = c.createStatement()) {
                    // Checked at commit: the rows referring to a removed row are removed in the same transaction.
                    st.execute("PRAGMA defer_foreign_keys = ON");
                }
                for (String table : tables(c)) {
                    if (!KEPT_TABLES.contains(table)) {
                        removed.put(table, (long) Sql.update(c, "DELETE FROM " + table));
                    }
                }
                List<String> kept = new ArrayList<>(keptSettings);
                String notKept = " FROM settings WHERE key NOT IN (" + String.join(", ",
                        Collections.nCopies(kept.size(), "?")) + ") AND key NOT LIKE 'id\\_floor.%' ESCAPE '\\'";
                settingsRemoved = Sql.list(c, "SELECT key" + notKept + " ORDER BY key", rs -> rs.getString(1),
                        kept.toArray());
                removed.put("settings", (long) Sql.update(c, "DELETE" + notKept, kept.toArray()));
                for (Map.Entry<String, String> setting : addedSettings.entrySet()) {
                    Sql.update(c, "INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", setting.getKey(),
                            setting.getValue());
                }
                for (String table : EDITED_TABLES) {
                    RowChecks.forgetEditors(c, table);
                }
                for (Map.Entry<String, List<String>> texts : CODEBOOK_TEXTS.entrySet()) {
                    for (String column : texts.getValue()) {
                        rewrite(c, texts.getKey(), column, codebookTexts);
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
            c.setAutoCommit(true);
            try (var st = c.createStatement()) {
                st.execute("VACUUM");
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        } catch (SQLException e) {
            throw new StoreException(snapshot.getFileName() + ": cannot leave the coding out of the copy ("
                    + e.getMessage() + ")", e);
        }
        try (var channel = FileChannel.open(snapshot, StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            throw new StoreException(snapshot.getFileName() + ": cannot write the copy (" + e.getMessage() + ")", e);
        }
        return new LeftOutOfACopy(removed, settingsRemoved.stream().filter(key -> !addedSettings.containsKey(key))
                .toList());
    }

    /** Passes each value of {@code table}'s {@code column} through {@code text}, writing those it changes. */
    private static void rewrite(Connection c, String table, String column, UnaryOperator<String> text)
            throws SQLException {
        Map<Long, String> changed = new LinkedHashMap<>();
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT id, " + column + " FROM " + table
                + " WHERE " + column + " IS NOT NULL")) {
            while (rs.next()) {
                String was = rs.getString(2);
                String now = text.apply(was);
                if (!was.equals(now)) {
                    changed.put(rs.getLong(1), now);
                }
            }
        }
        for (Map.Entry<Long, String> row : changed.entrySet()) {
            RowChecks.setColumn(c, table, row.getKey(), column, row.getValue());
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var st = c.createStatement(); var rs = st.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }
}
