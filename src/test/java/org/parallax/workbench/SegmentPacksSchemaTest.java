package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Segment;
import org.parallax.store.jdbc.Migrations;
import org.parallax.testutil.TestProjects;

/**
 * Schema 15 (docs/decisions/0034): a project file gets a table for each document's passages packed in one value, and
 * triggers on {@code segments} that delete a document's pack whenever one of its passages is inserted, changed or
 * deleted, whatever path writes it. An older project is kept as it was among its backups before the upgrade, as at
 * every schema step. Nothing reads or writes packs yet; the test writes placeholders past the workbench and watches
 * which of them each of the workbench's writes leaves.
 */
class SegmentPacksSchemaTest {
    @TempDir
    Path dir;

    @Test
    void aSchema14ProjectIsKeptAsItWasThenGetsThePacksTableAndTheTriggers() throws Exception {
        Path project = schema14Copy();
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.openingNote()).isPresent();
        }
        try (Connection c = connect(project)) {
            assertThat(value(c, "PRAGMA user_version")).isEqualTo(Migrations.latest()).isGreaterThanOrEqualTo(15);
            assertThat(names(c, "table")).contains("segment_packs").doesNotContain("upgrade_in_progress");
            assertThat(names(c, "trigger")).contains("segment_packs_on_insert", "segment_packs_on_update",
                    "segment_packs_on_delete");
        }
        List<Backup> kept = Backups.list(project).stream().filter(b -> b.reason().equals("before upgrade from schema "
                + 14)).toList();
        assertThat(kept).as("the project as it was, kept before the upgrade").hasSize(1);
        try (Connection c = connect(kept.get(0).file())) {
            assertThat(value(c, "PRAGMA user_version")).isEqualTo(14);
            assertThat(names(c, "table")).doesNotContain("segment_packs");
        }
    }

    @Test
    void everyWriteOfADocumentsPassagesDropsThatDocumentsPackAndNoOther() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        try (Workbench wb = Workbench.open(project)) {
            List<Segment> all = wb.coding().segments();
            List<Long> documents = all.stream().map(Segment::documentId).distinct().sorted().toList();
            assertThat(documents.size()).isGreaterThanOrEqualTo(6);
            long coded = documents.get(0);
            long code = all.get(0).codeId();

            Set<Long> before = fillPacks(project);
            Segment added = wb.coding().code(coded, 0, 5, code, null);
            assertThat(packed(project)).as("after coding a passage of document " + coded)
                    .isEqualTo(allBut(before, coded));

            before = fillPacks(project);
            wb.history().undo();
            assertThat(packed(project)).as("after undoing it").isEqualTo(allBut(before, coded));
            before = fillPacks(project);
            wb.history().redo();
            assertThat(packed(project)).as("after redoing it").isEqualTo(allBut(before, coded));

            Segment other = first(all, documents.get(1));
            before = fillPacks(project);
            wb.coding().uncode(other.id());
            assertThat(packed(project)).as("after uncoding").isEqualTo(allBut(before, documents.get(1)));

            Segment recoded = first(all, documents.get(2));
            long anotherCode = all.stream().mapToLong(Segment::codeId).filter(c -> c != recoded.codeId()).findFirst()
                    .orElseThrow();
            before = fillPacks(project);
            wb.coding().changeCode(recoded.id(), anotherCode);
            assertThat(packed(project)).as("after changing a passage's code")
                    .isEqualTo(allBut(before, documents.get(2)));

            Segment moved = first(all, documents.get(3));
            before = fillPacks(project);
            wb.coding().replaceAll(List.of(moved), List.of(new Segment(0, moved.documentId(), moved.start(),
                    moved.end() + 1, moved.codeId(), moved.coderId(), null, moved.created())), "re-bound", java.util.Map.of());
            assertThat(packed(project)).as("after moving a passage's end")
                    .isEqualTo(allBut(before, documents.get(3)));

            before = fillPacks(project);
            Segment drafted = first(all, documents.get(4));
            wb.coding().codeAll(List.of(new Segment(0, drafted.documentId(), 1, 9, code, drafted.coderId(), null,
                    drafted.created())), "batch");
            assertThat(packed(project)).as("after a batch").isEqualTo(allBut(before, documents.get(4)));

            long removed = documents.get(5);
            before = fillPacks(project);
            wb.documents().delete(removed);
            assertThat(packed(project)).as("after removing a document").isEqualTo(allBut(before, removed));

            long merged = all.stream().filter(s -> s.documentId() == documents.get(1)).mapToLong(Segment::codeId)
                    .findFirst().orElseThrow();
            Set<Long> ofMerged = new TreeSet<>();
            wb.coding().segments().stream().filter(s -> s.codeId() == merged).forEach(s -> ofMerged.add(s.documentId()));
            long into = wb.codebook().current().codes().stream().mapToLong(c -> c.id()).filter(id -> id != merged)
                    .findFirst().orElseThrow();
            before = fillPacks(project);
            wb.codebook().mergeCode(merged, into);
            Set<Long> left = new TreeSet<>(before);
            left.removeAll(ofMerged);
            assertThat(packed(project)).as("after merging a code into another").isEqualTo(left);
            assertThat(added.id()).isPositive();
        }
    }

    private static Segment first(List<Segment> all, long document) {
        return all.stream().filter(s -> s.documentId() == document).findFirst().orElseThrow();
    }

    private static Set<Long> allBut(Set<Long> packed, long but) {
        assertThat(packed).as("packed before the write").contains(but);
        Set<Long> left = new TreeSet<>(packed);
        left.remove(but);
        return left;
    }

    /** A placeholder pack for every document that has passages, written past the workbench; their documents. */
    private static Set<Long> fillPacks(Path project) throws SQLException {
        try (Connection c = connect(project); var st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 10000");
            st.executeUpdate("DELETE FROM segment_packs");
            st.executeUpdate("INSERT INTO segment_packs(document_id, pack) SELECT DISTINCT document_id, x'00' "
                    + "FROM segments");
        }
        return packed(project);
    }

    private static Set<Long> packed(Path project) throws SQLException {
        Set<Long> ids = new TreeSet<>();
        try (Connection c = connect(project); var st = c.createStatement();
             var rs = st.executeQuery("SELECT document_id FROM segment_packs")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** A copy of the sample as schema 14 left it: no packs table, no triggers. */
    private Path schema14Copy() throws SQLException {
        Path project = TestProjects.sampleCopy(dir);
        try (Connection c = connect(project); var st = c.createStatement()) {
            st.executeUpdate("DROP TRIGGER IF EXISTS segment_packs_on_insert");
            st.executeUpdate("DROP TRIGGER IF EXISTS segment_packs_on_update");
            st.executeUpdate("DROP TRIGGER IF EXISTS segment_packs_on_delete");
            st.executeUpdate("DROP TABLE IF EXISTS segment_packs");
            st.executeUpdate("PRAGMA user_version = 14");
        }
        return project;
    }

    private static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    private static int value(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<String> names(Connection c, String type) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = '"
                + type + "'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
