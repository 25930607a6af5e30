package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.parallax.model.WordCount;

/**
 * The migration to schema version 13: the word count of every text already stored, written beside its document
 * ({@code documents.words}), so that no matrix reads a text to count its words again. The texts are read one at a
 * time, so a project of any size fits the heap; a text that cannot be read (a damaged row) gets no count, and the
 * matrices count it when they need it.
 */
final class StoredWordCounts {
    private static final int BATCH = 500;

    private StoredWordCounts() {
    }

    static Void countAll(Connection c) throws SQLException {
        try (Statement select = c.createStatement();
                PreparedStatement update = c.prepareStatement("UPDATE documents SET words=? WHERE id=?")) {
            // A PostgreSQL cursor inside the migration's transaction: a few texts at a time, not all of them at once.
            select.setFetchSize(16);
            int pending = 0;
            try (ResultSet rs = select.executeQuery("SELECT document_id, text FROM document_texts")) {
                while (rs.next()) {
                    String text = rs.getString(2);
                    if (text == null) {
                        continue;
                    }
                    update.setLong(1, WordCount.of(text));
                    update.setLong(2, rs.getLong(1));
                    update.addBatch();
                    if (++pending == BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
            }
            update.executeBatch();
        }
        return null;
    }
}
