package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.EvidencePassage;
import org.parallax.testutil.TestProjects;

/**
 * A project file gave a new row the largest id plus one, so removing the last document (or the last passage) and
 * importing it again (or coding the words again) handed out the removed one's id: evidence quoting the removed
 * document, matched by its id and text, took the new document for it and said "passage deleted", as if a coder had
 * uncoded the passage. A removed document's or passage's id is never handed out again.
 */
class IdsOfRemovedRowsNotHandedOutAgainTest {
    private static final String SET = org.parallax.analysis.tracing.StudyHypotheses.TEMPLATE.name();
    private static final String TEXT = "The council met and weighed the balance of power. A draft in which norms diverge.";

    @TempDir
    Path dir;

    @Test
    void aDocumentImportedAgainAfterItsRemovalTakesANewIdAndTheEvidenceStaysOnTheRemovedOne() throws Exception {
        try (Workbench wb = TestProjects.table1(dir)) {
            long removed = evidenceOnTheLastDocumentThenRemoved(wb);

            long again = TestProjects.importOne(wb, TestProjects.textFile(dir, "talks.txt", TEXT));

            assertThat(again).as("the document imported again").isNotEqualTo(removed);
            assertThat(statuses(wb)).containsExactly("document removed");
        }
    }

    @Test
    void aPassageCodedAgainAfterItWasUncodedTakesANewId() throws Exception {
        try (Workbench wb = TestProjects.table1(dir)) {
            long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "talks.txt", TEXT));
            long code = wb.codebook().code("Balance of power").id();
            wb.coding().code(doc, 0, 3, code, null);
            long uncoded = wb.coding().code(doc, 4, 11, code, null).id();
            wb.tracing().installStudyTemplate();
            addEvidence(wb, uncoded);
            wb.coding().uncode(uncoded);

            long again = wb.coding().code(doc, 4, 11, code, null).id();

            assertThat(again).as("the passage coded again").isNotEqualTo(uncoded);
            assertThat(statuses(wb)).containsExactly("passage deleted");
        }
    }

    /**
     * A project of schema 20 whose evidence quotes a document removed before the upgrade, its id not yet taken again:
     * the upgrade keeps that id (and the passage's) from what is imported after it, and keeps the project's rows.
     */
    @Test
    void aDocumentRemovedBeforeTheUpgradeKeepsItsIdToo() throws Exception {
        Path file = dir.resolve("test.parallax");
        long removed;
        long passage;
        try (Workbench wb = TestProjects.table1(dir)) {
            removed = evidenceOnTheLastDocumentThenRemoved(wb);
            passage = wb.tracing().evidence(SET).get(0).passages().get(0).segmentId();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.executeUpdate("DROP TRIGGER IF EXISTS segments_deleted_keep_their_ids");
            st.executeUpdate("DROP TRIGGER IF EXISTS documents_deleted_keep_their_ids");
            st.executeUpdate("DELETE FROM settings WHERE key IN ('id_floor.segments', 'id_floor.documents')");
            st.executeUpdate("PRAGMA user_version = 20");
        }
        try (Workbench wb = Workbench.open(file)) {
            assertThat(wb.documents().list()).extracting(d -> d.title()).containsExactly("council");
            long again = TestProjects.importOne(wb, TestProjects.textFile(dir, "talks.txt", TEXT));
            long recoded = wb.coding().code(again, 4, 11, wb.codebook().code("Balance of power").id(), null).id();

            assertThat(again).as("the document imported again").isNotEqualTo(removed);
            assertThat(recoded).as("a passage coded on it").isGreaterThan(passage);
            assertThat(statuses(wb)).containsExactly("document removed");
        }
    }

    /** Two documents, evidence on a passage of the second (the largest ids), then that document removed. */
    private long evidenceOnTheLastDocumentThenRemoved(Workbench wb) throws Exception {
        long kept = TestProjects.importOne(wb, TestProjects.textFile(dir, "council.txt", "The council met."));
        wb.coding().code(kept, 4, 11, wb.codebook().code("Balance of power").id(), null);
        long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "talks.txt", TEXT));
        long coded = wb.coding().code(doc, 4, 11, wb.codebook().code("Balance of power").id(), null).id();
        wb.tracing().installStudyTemplate();
        addEvidence(wb, coded);
        wb.documents().delete(doc);
        return doc;
    }

    private static void addEvidence(Workbench wb, long passage) {
        wb.tracing().addEvidence(new EvidenceRequest(SET, List.of(passage), null,
                Map.of("H1", "0.2", "H2", "0.7", "Other", "0.5"), "the council", null, null, null));
    }

    private static List<String> statuses(Workbench wb) {
        assertThat(wb.tracing().evidence(SET)).hasSize(1);
        return wb.tracing().evidence(SET).get(0).passages().stream().map(p -> p.status().label()).toList();
    }
}
