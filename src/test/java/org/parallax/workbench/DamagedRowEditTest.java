package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.model.MemoTarget;
import org.parallax.model.ParallaxException;
import org.parallax.store.DamagedRow;
import org.parallax.store.ProjectFile;
import org.parallax.store.ProjectStore;
import org.parallax.store.ProjectStores;
import org.parallax.testutil.TestProjects;

/**
 * A row whose values no longer match the checksum written with them (a name changed by another tool or a flipped
 * bit) and that is then edited: the edit wrote the row's checksum anew over the damaged values, so the check no
 * longer named it and the damage was kept as if it were the researcher's own. The edit is refused, saying why.
 */
class DamagedRowEditTest {
    @TempDir
    Path dir;

    @Test
    void editingADocumentWhoseRowIsDamagedIsRefusedAndTheCheckStillNamesIt() throws Exception {
        Path file = dir.resolve("test.parallax");
        long document;
        try (Workbench wb = TestProjects.table1(dir)) {
            document = TestProjects.importOne(wb, TestProjects.textFile(dir, "report.txt", "NATO and Russia met."));
        }
        takeTheDailyBackup(file);
        damage(file, "UPDATE documents SET title = 'report\u202Efdp' WHERE id = " + document);

        try (Workbench wb = Workbench.open(file)) {
            DocumentMeta meta = wb.documents().require(document).meta();
            DocumentMeta changed = new DocumentMeta(meta.title(), meta.date(), DocumentType.SPEECH, meta.actor(),
                    meta.language(), meta.scenario(), meta.attributes());
            assertThatThrownBy(() -> wb.documents().updateMeta(document, changed)).isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("Document “report\u202Efdp”")
                    .hasMessageContaining("no longer match the checksum written with them")
                    .hasMessageContaining("your change was not saved")
                    .hasMessageContaining("parallax check");
            assertThat(wb.documents().require(document).meta().type()).isEqualTo(meta.type());
        }
        assertDamaged(file, "documents", document);
    }

    @Test
    void editingACodeWhoseRowIsDamagedIsRefusedAndTheCheckStillNamesIt() throws Exception {
        Path file = dir.resolve("test.parallax");
        long code;
        try (Workbench wb = TestProjects.table1(dir)) {
            code = wb.codebook().current().codes().get(0).id();
            TestProjects.importOne(wb, TestProjects.textFile(dir, "report.txt", "NATO and Russia met."));
        }
        takeTheDailyBackup(file);
        damage(file, "UPDATE codes SET definition = 'changed outside Parallax' WHERE id = " + code);

        try (Workbench wb = Workbench.open(file)) {
            Code stored = wb.codebook().current().code(code).orElseThrow();
            assertThatThrownBy(() -> wb.codebook().updateCode(stored.withName(stored.name() + " renamed")))
                    .isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("Code “" + stored.name() + "”")
                    .hasMessageContaining("your change was not saved");
            assertThat(wb.codebook().current().code(code).orElseThrow().name()).isEqualTo(stored.name());
            assertThat(wb.history().canUndo()).isFalse();
        }
        assertDamaged(file, "codes", code);
    }

    @Test
    void recodingADamagedPassageOrEditingADamagedMemoIsRefused() throws Exception {
        Path file = dir.resolve("test.parallax");
        long passage;
        long other;
        MemoTarget memo;
        try (Workbench wb = TestProjects.table1(dir)) {
            long document = TestProjects.importOne(wb, TestProjects.textFile(dir, "report.txt",
                    "NATO and Russia met in Rome."));
            List<Code> codes = wb.codebook().current().codes();
            passage = wb.coding().code(document, 0, 4, codes.get(0).id(), null).id();
            other = codes.get(1).id();
            memo = MemoTarget.document(document);
            wb.memos().set(memo, "First reading.");
        }
        takeTheDailyBackup(file);
        damage(file, "UPDATE segments SET end_offset = 12 WHERE id = " + passage);
        damage(file, "UPDATE memos SET created = '2001-01-01T00:00:00Z' WHERE kind = 'document'");

        try (Workbench wb = Workbench.open(file)) {
            assertThatThrownBy(() -> wb.coding().changeCode(passage, other)).isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("Passage " + passage + " in document “report”, “NATO and Rus” (code “"
                            + wb.codebook().current().codes().get(0).name() + "”): its values no longer match");
            assertThatThrownBy(() -> wb.memos().set(memo, "Second reading.")).isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("The memo on document").hasMessageContaining("your change was not saved");
            assertThat(wb.memos().memo(memo).orElseThrow().text()).isEqualTo("First reading.");
        }
        try (ProjectStore store = ProjectStores.open(new ProjectFile(file))) {
            assertThat(store.damagedRows()).extracting(DamagedRow::table).containsExactlyInAnyOrder("segments",
                    "memos");
        }
    }

    /**
     * Opens the project once, as the day's first open does: its daily backup is taken after the project was checked,
     * so the opens after it (the rest of the day) check nothing before writing.
     */
    private static void takeTheDailyBackup(Path file) {
        try (Workbench wb = Workbench.open(file)) {
            assertThat(Backups.list(file)).isNotEmpty();
        }
    }

    private static void damage(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    private static void assertDamaged(Path file, String table, long id) {
        try (ProjectStore store = ProjectStores.open(new ProjectFile(file))) {
            assertThat(store.damagedRows()).extracting(DamagedRow::table, r -> r.number("id"))
                    .containsExactly(tuple(table, id));
        }
    }
}
