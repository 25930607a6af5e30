package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.EvidencePassage;
import org.parallax.testutil.TestProjects;

/**
 * Evidence resting on a passage whose code was deleted since said only "passage deleted", and a .qdpx export made the
 * text still there a plain selection, which a project made from the file read as a plain selection "current": what
 * the evidence had rested on was lost without a word. The project, its report and a project made from its .qdpx now
 * say the passage went with its code.
 */
class EvidenceOnADeletedCodeTest {
    private static final String SET = org.parallax.analysis.tracing.StudyHypotheses.TEMPLATE.name();
    private static final String WENT_WITH_ITS_CODE = "passage and its code deleted";
    private static final String TEXT = "The council met and weighed the balance of power. A draft in which norms diverge.";
    private static final int DRAFT = TEXT.indexOf("A draft");

    @TempDir
    Path dir;

    @Test
    void theProjectItsReportAndAProjectMadeFromItsQdpxSayThePassageWentWithItsCode() throws Exception {
        Path qdpx = dir.resolve("study.qdpx");
        try (Workbench wb = TestProjects.table1(dir)) {
            String text = "The council met and weighed the balance of power. A draft in which norms diverge.";
            long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "talks.txt", text));
            int draft = text.indexOf("A draft");
            long doomed = wb.codebook().addCode("Doomed code", null, null, null, null).id();
            long kept = wb.codebook().code("Balance of power").id();
            long onDoomed = wb.coding().code(doc, draft, draft + 7, doomed, null).id();
            long onKept = wb.coding().code(doc, 4, 11, kept, null).id();
            long uncoded = wb.coding().code(doc, 0, 3, kept, null).id();
            wb.tracing().installStudyTemplate();
            wb.tracing().addEvidence(new EvidenceRequest(SET, List.of(onDoomed, onKept, uncoded), null,
                    Map.of("H1", "0.2", "H2", "0.7", "Other", "0.5"), "the draft", null, null, null));
            wb.codebook().deleteCode(doomed);
            wb.coding().uncode(uncoded);

            assertThat(statuses(wb)).isEqualTo(Map.of("A draft", WENT_WITH_ITS_CODE, "council", "current", "The",
                    "passage deleted"));
            Path report = dir.resolve("report.html");
            wb.tracing().exportReport(SET, report, false);
            assertThat(Files.readString(report)).contains("“A draft”").contains(WENT_WITH_ITS_CODE + " since recorded");

            wb.exchange().exportQdpx(qdpx, false);
        }
        try (Workbench read = Workbench.create(dir.resolve("read.parallax"), null)) {
            read.exchange().importQdpx(qdpx);

            assertThat(statuses(read)).isEqualTo(Map.of("A draft", WENT_WITH_ITS_CODE, "council", "current", "The",
                    "passage deleted"));
            Path report = dir.resolve("read.html");
            read.tracing().exportReport(SET, report, false);
            assertThat(Files.readString(report)).contains(WENT_WITH_ITS_CODE + " since recorded")
                    .doesNotContain("coded passage 0");
        }
    }

    /**
     * A project file gave a new code the largest id plus one, so a code made after the deleted one (which held the
     * largest id) took its id: the evidence then said "passage deleted", as if a coder had uncoded it, and a passage
     * coded with the new code over the same text, given the deleted passage's id in the same instant, was taken for the
     * quoted one. A deleted code's id is never handed out again.
     */
    @Test
    void aCodeMadeAfterTheDeletionDoesNotTakeTheDeletedCodesPlace() throws Exception {
        try (Workbench wb = TestProjects.table1(dir)) {
            long doomed = evidenceOnACodeThenDeleted(wb);

            long newer = wb.codebook().addCode("Newer code", null, null, null, null).id();
            wb.coding().code(wb.documents().list().get(0).id(), DRAFT, DRAFT + 7, newer, null);

            assertThat(newer).as("the new code's id").isNotEqualTo(doomed);
            assertThat(statuses(wb)).isEqualTo(Map.of("A draft", WENT_WITH_ITS_CODE));
            Path report = dir.resolve("report.html");
            wb.tracing().exportReport(SET, report, false);
            assertThat(Files.readString(report)).contains(WENT_WITH_ITS_CODE + " since recorded")
                    .doesNotContain("Newer code");
        }
    }

    /**
     * A project of schema 19 whose evidence rests on a code deleted before the upgrade, its id not yet taken again: the
     * upgrade keeps that id from a code made after it.
     */
    @Test
    void aCodeDeletedBeforeTheUpgradeKeepsItsIdToo() throws Exception {
        Path file = dir.resolve("test.parallax");
        long doomed;
        try (Workbench wb = TestProjects.table1(dir)) {
            doomed = evidenceOnACodeThenDeleted(wb);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.executeUpdate("DROP TRIGGER codes_deleted_keep_their_ids");
            st.executeUpdate("DELETE FROM settings WHERE key = 'id_floor.codes'");
            st.executeUpdate("PRAGMA user_version = 19");
        }
        try (Workbench wb = Workbench.open(file)) {
            long newer = wb.codebook().addCode("Newer code", null, null, null, null).id();

            assertThat(newer).as("the new code's id").isNotEqualTo(doomed);
            assertThat(statuses(wb)).isEqualTo(Map.of("A draft", WENT_WITH_ITS_CODE));
        }
    }

    /** A code made last (the largest id), evidence resting on a passage coded with it, then the code deleted. */
    private long evidenceOnACodeThenDeleted(Workbench wb) throws Exception {
        long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "talks.txt", TEXT));
        long doomed = wb.codebook().addCode("Doomed code", null, null, null, null).id();
        long onDoomed = wb.coding().code(doc, DRAFT, DRAFT + 7, doomed, null).id();
        wb.tracing().installStudyTemplate();
        wb.tracing().addEvidence(new EvidenceRequest(SET, List.of(onDoomed), null,
                Map.of("H1", "0.2", "H2", "0.7", "Other", "0.5"), "the draft", null, null, null));
        wb.codebook().deleteCode(doomed);
        return doomed;
    }

    /** The status of each passage of the one item, by its quote. */
    private static Map<String, String> statuses(Workbench wb) {
        assertThat(wb.tracing().evidence(SET)).hasSize(1);
        return wb.tracing().evidence(SET).get(0).passages().stream()
                .collect(Collectors.toMap(EvidencePassage::quote, p -> p.status().label()));
    }
}
