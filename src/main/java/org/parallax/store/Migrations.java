package org.parallax.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Forward-only schema migrations. Migration N lives in {@code VN__*.sql} beside this class and
 * moves {@code PRAGMA user_version} from N-1 to N inside one transaction.
 */
final class Migrations {
    static final List<String> SCRIPTS = List.of("V1__initial.sql", "V2__saved_searches.sql", "V3__frame_guide.sql",
            "V4__memos.sql");

    private Migrations() {
    }

    static int latest() {
        return SCRIPTS.size();
    }

    static int version(Connection connection) throws SQLException {
        try (var st = connection.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static void migrate(Connection connection, Path file) throws SQLException {
        int current = version(connection);
        if (current > latest()) {
            throw Database.newerSchema(file, current, latest());
        }
        for (int next = current + 1; next <= latest(); next++) {
            apply(connection, next);
        }
    }

    private static void apply(Connection connection, int version) throws SQLException {
        String script = load(SCRIPTS.get(version - 1));
        connection.setAutoCommit(false);
        try (var st = connection.createStatement()) {
            for (String statement : splitStatements(script)) {
                st.executeUpdate(statement);
            }
            st.executeUpdate("PRAGMA user_version = " + version);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Splits on semicolons at line ends; the scripts hold no triggers or string literals with ';'. */
    static List<String> splitStatements(String script) {
        String withoutComments = script.lines()
                .filter(line -> !line.stripLeading().startsWith("--"))
                .reduce("", (a, b) -> a + b + "\n");
        return java.util.Arrays.stream(withoutComments.split(";\\s*\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration script " + name, e);
        }
    }
}
