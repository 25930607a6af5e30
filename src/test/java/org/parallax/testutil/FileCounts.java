package org.parallax.testutil;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A number a query reads from a project file with plain JDBC, past Parallax (rows of a table, packs of passages). */
public final class FileCounts {
    private FileCounts() {
    }

    /** The integer in the first column of the first row {@code sql} gives on {@code project}. */
    public static int of(Path project, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project); var st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + project + ": " + sql, e);
        }
    }

    /** How many packs of passages {@code project} keeps (schema 15). */
    public static int packs(Path project) {
        return of(project, "SELECT count(*) FROM segment_packs");
    }

    /** How many documents of {@code project} have passages. */
    public static int documentsWithPassages(Path project) {
        return of(project, "SELECT count(DISTINCT document_id) FROM segments");
    }
}
