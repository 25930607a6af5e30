package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.CodebookTemplates;
import org.parallax.testutil.TestProjects;

/**
 * Opening a project reads each passage's start and end as one value, and its code and coder as one where both ids fit
 * in 31 bits (docs/performance.md, "Issue 18: a passage's start and end read as one value"); ids beyond that (a copy
 * whose id floors a pull set high) are read from their own columns, so every passage comes back as the file holds it.
 */
class WideIdsLoadedTest {
    private static final long FLOOR = 5_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void passagesWhoseIdsPassThirtyOneBitsComeBackAsTheFileHoldsThem() throws Exception {
        Path file = dir.resolve("wide.parallax");
        Workbench.create(file, CodebookTemplates.named("table1")).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            for (String table : List.of("documents", "codes", "segments")) {
                st.executeUpdate("INSERT INTO settings(key, value) VALUES ('id_floor." + table + "', '" + FLOOR
                        + "')");
            }
        }
        try (Workbench wb = Workbench.open(file)) {
            long act = TestProjects.importOne(wb, TestProjects.textFile(dir, "act.txt",
                    "NATO and Russia build a council of equals.\n"));
            long wide = wb.codebook().addCode("Enlargement", null, null, null, "").id();
            long narrow = wb.codebook().code("Balance of power").id();
            assertThat(List.of(act, wide)).allMatch(id -> id > FLOOR);
            assertThat(narrow).isLessThan(Integer.MAX_VALUE);
            wb.coding().code(act, 24, 31, wide, "a memo on the wide code");
            wb.coding().code(act, 0, 4, narrow, null);
            wb.coding().code(act, 9, 15, wide, null);
        }

        List<String> stored = new ArrayList<>();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement();
             var rs = st.executeQuery("SELECT s.id, s.document_id, s.start_offset, s.end_offset, s.code_id, s.coder_id, "
                     + "m.text FROM segments s LEFT JOIN memos m ON m.segment_id = s.id ORDER BY s.start_offset")) {
            while (rs.next()) {
                stored.add(rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getInt(3) + "-" + rs.getInt(4) + " "
                        + rs.getLong(5) + " " + rs.getLong(6) + " " + rs.getString(7));
            }
        }
        assertThat(stored).hasSize(3).allMatch(row -> Long.parseLong(row.split(" ")[0]) > FLOOR);
        try (Workbench wb = Workbench.open(file)) {
            assertThat(wb.coding().segments()).extracting(s -> s.id() + " " + s.documentId() + " " + s.start() + "-"
                    + s.end() + " " + s.codeId() + " " + s.coderId() + " " + s.memo())
                    .containsExactlyElementsOf(stored);
        }
    }
}
