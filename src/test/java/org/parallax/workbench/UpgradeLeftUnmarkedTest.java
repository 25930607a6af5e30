package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.store.jdbc.Migrations;
import org.parallax.store.jdbc.UpgradeChild;
import org.parallax.testutil.Cli;
import org.sqlite.SQLiteConfig;

/**
 * An upgrade an older Parallax stopped between two steps (SIGKILLed), before upgrades marked the file: the file is left
 * at schema N with no mark, and the next open takes it for a file of schema N, keeps it as a second copy "before
 * upgrade from schema N" and upgrades it from there. Every step is one transaction, so such a file is the file of
 * schema N that step left; for every N, the upgrade carried on from it makes the same project, row for row, as the
 * upgrade run through at once, `check` finds nothing, and the first copy is kept.
 */
class UpgradeLeftUnmarkedTest {
    private static final Path OLDER_SAMPLE = Path.of("src/test/resources/older/sample-schema-3.parallax");

    @TempDir
    Path dir;

    static Stream<Integer> everyStepBetween() {
        return IntStream.range(4, Migrations.latest()).boxed();
    }

    @ParameterizedTest
    @MethodSource("everyStepBetween")
    void anUpgradeStoppedUnmarkedAtAnyStepEndsAsTheUpgradeRunThroughAtOnce(int stoppedAt) throws Exception {
        Path whole = Files.copy(OLDER_SAMPLE, Files.createDirectory(dir.resolve("whole")).resolve("study.parallax"));
        try (Workbench wb = Workbench.open(whole)) {
            assertThat(wb.readOnlyReason()).isEmpty();
        }
        Path project = Files.copy(OLDER_SAMPLE, dir.resolve("study.parallax"));
        UpgradeChild.killAfterStep(stoppedAt, project, dir);
        Backup first = Backups.list(project).get(0);
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + project);
             var st = c.createStatement()) {
            // As an older Parallax left it: no mark.
            st.executeUpdate("DROP TABLE upgrade_in_progress");
        }

        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.readOnlyReason()).isEmpty();
            assertThat(wb.openingNote()).get().asString().startsWith("study.parallax was written by an older Parallax "
                    + "(schema " + stoppedAt + ")");
        }

        assertThat(Backups.list(project)).as("the copy of the file as it was is kept").contains(first)
                .extracting(Backup::reason).containsExactlyInAnyOrder("before upgrade from schema 3",
                        "before upgrade from schema " + stoppedAt);
        assertThat(everyRow(project)).isEqualTo(everyRow(whole));
        Cli check = Cli.parallax("check", project);
        assertThat(check.out()).as(check.err()).contains("no problems found (15 documents, 71 passages)");
    }

    /** Every table's rows in order, as SQLite reads them: the schema's text, then each table's values. */
    private static List<List<Object>> everyRow(Path file) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection c = readOnly.createConnection("jdbc:sqlite:" + file)) {
            List<String> tables = new ArrayList<>();
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT type, name, sql FROM "
                    + "sqlite_master ORDER BY type, name")) {
                while (rs.next()) {
                    rows.add(List.of(rs.getString(1), rs.getString(2), String.valueOf(rs.getString(3))));
                    if (rs.getString(1).equals("table")) {
                        tables.add(rs.getString(2));
                    }
                }
            }
            for (String table : tables) {
                try (var st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY rowid")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>(List.of(table));
                        for (int i = 1; i <= columns; i++) {
                            Object value = rs.getObject(i);
                            row.add(value instanceof byte[] bytes ? List.of(java.util.HexFormat.of().formatHex(bytes))
                                    : String.valueOf(value));
                        }
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }
}
