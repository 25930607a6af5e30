package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Coder;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.store.DamagedRow;
import org.parallax.store.ProjectFile;
import org.parallax.store.ProjectStore;
import org.parallax.store.ProjectStores;
import org.parallax.store.jdbc.RowChecks;
import org.parallax.testutil.TestProjects;

/**
 * Names are cleaned where they come in, not where they are read: a name another tool wrote into the file is shown as
 * the file holds it (it showed cleaned, so the window and the file disagreed), a damaged one too, for the check to
 * name; what a researcher types into a name is saved clean.
 */
class NamesAsSavedTest {
    @TempDir
    Path dir;

    @Test
    void aNameTheFileHoldsIsShownAsItIsHeldAndADamagedOneIsNamedByTheCheck() throws Exception {
        Path file = dir.resolve("test.parallax");
        long document;
        try (Workbench wb = TestProjects.table1(dir)) {
            document = oneDocument(wb);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            // Another tool's coder, with its checksum; a title changed without one (damage, or a careless tool).
            st.executeUpdate("INSERT INTO coders(name) VALUES ('Bo\u202E')");
            RowChecks.sealCoder(c, "main", "Bo\u202E");
            st.executeUpdate("UPDATE documents SET title = 'report\u202Efdp' WHERE id = " + document);
        }

        try (Workbench wb = Workbench.open(file)) {
            assertThat(wb.coders()).extracting(Coder::name).contains("Bo\u202E");
            assertThat(wb.documents().require(document).title()).isEqualTo("report\u202Efdp");
        }
        try (ProjectStore store = ProjectStores.open(new ProjectFile(file))) {
            assertThat(store.damagedRows()).extracting(DamagedRow::table, r -> r.number("id"))
                    .containsExactly(tuple("documents", document));
        }
    }

    /**
     * A code saved from its form with nothing changed but an edge space typed after its name is no edit: it wrote
     * the same name again under a new version (seen by a team as someone's edit) and left an undo step doing nothing.
     */
    @Test
    void aCodeSavedWithOnlyAnEdgeSpaceAddedIsNotWrittenAgain() throws Exception {
        try (Workbench wb = TestProjects.table1(dir)) {
            Code stored = wb.codebook().code("Balance of power");
            boolean couldUndo = wb.history().canUndo();

            wb.codebook().updateCode(stored.withName("Balance of power "));

            assertThat(wb.codebook().code("Balance of power").version()).isEqualTo(stored.version());
            assertThat(wb.history().canUndo()).isEqualTo(couldUndo);
            wb.codebook().updateCode(stored.withName("Balance of power, renamed "));
            assertThat(wb.codebook().code("Balance of power, renamed").version()).isGreaterThan(stored.version());
        }
    }

    @Test
    void namesTypedWithInvisibleCharactersAreSavedCleanWithTheirChecksums() throws Exception {
        Path file = dir.resolve("test.parallax");
        try (Workbench wb = TestProjects.table1(dir)) {
            Document shown = wb.documents().require(oneDocument(wb));
            DocumentMeta meta = shown.meta();
            wb.documents().updateMeta(shown, new DocumentMeta(" report\u202Efdp ", meta.date(), meta.type(),
                    meta.actor(), meta.language(), null, Map.of("Venue\uFEFF", "Kremlin")));
            Code code = wb.codebook().addCode("Tr\u200Bust", null, null, null, null);
            wb.codebook().updateCode(wb.codebook().current().code(code.id()).orElseThrow().withName("Tr\u00ADust "));
            wb.codebook().addFrame("\u2066Liberalism\u2069", null, null);
            wb.codebook().addScenario("Summit\t", "");
            wb.setActiveCoder("\u202EBoris ");
        }

        assertThat(column(file, "SELECT title FROM documents")).containsExactly("reportfdp");
        assertThat(column(file, "SELECT name FROM document_attributes")).containsExactly("Venue");
        assertThat(column(file, "SELECT name FROM codes")).contains("Trust", "Summit").noneMatch(n -> n.contains("Tr"
                + "\u00AD"));
        assertThat(column(file, "SELECT name FROM frames")).contains("Liberalism");
        assertThat(column(file, "SELECT name FROM scenarios")).contains("Summit");
        assertThat(column(file, "SELECT name FROM coders")).contains("Boris");
        try (ProjectStore store = ProjectStores.open(new ProjectFile(file))) {
            assertThat(store.damagedRows()).isEmpty();
        }
    }

    @Test
    void aScenarioGivenForAnImportWithAnInvisibleCharacterNamesTheProjectsScenario() throws Exception {
        Path file = dir.resolve("test.parallax");
        try (Workbench wb = TestProjects.table1(dir)) {
            ImportReport report = wb.documents().importFiles(new ImportRequest(
                    List.of(TestProjects.textFile(dir, "report.txt", "NATO and Russia met.")), new DocumentMeta(
                    "\u202EReport ", null, null, null, null, " Institutionalized dialogue\u200B", null), null),
                    TaskProgress.NONE);

            assertThat(report.failures()).isEmpty();
            assertThat(wb.documents().list()).extracting(d -> d.meta().scenario())
                    .containsExactly("Institutionalized dialogue");
        }
        assertThat(column(file, "SELECT title FROM documents")).containsExactly("Report");
    }

    private long oneDocument(Workbench wb) {
        return TestProjects.importOne(wb, TestProjects.textFile(dir, "report.txt", "NATO and Russia met."));
    }

    private static List<String> column(Path file, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement();
                var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
