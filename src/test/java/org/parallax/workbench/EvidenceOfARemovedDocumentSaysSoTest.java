package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.testutil.TestProjects;

/**
 * Evidence resting on a document removed since said "passage deleted since recorded" beside the document's title
 * ("gone; document 3 … — passage deleted since recorded"), as if a coder had uncoded it: every writer of the tracing
 * now says the document was removed, naming it by its title as recorded, pseudonymised where the writer hides names.
 */
class EvidenceOfARemovedDocumentSaysSoTest {
    private static final String SET = org.parallax.analysis.tracing.StudyHypotheses.TEMPLATE.name();
    private static final String TITLE = "Interview with Sergei Volkov";

    @TempDir
    Path dir;

    @Test
    void theStatusTheReportsAndTheQdpxSayTheDocumentWasRemoved() throws Exception {
        try (Workbench wb = TestProjects.table1(dir)) {
            TestProjects.importOne(wb, TestProjects.textFile(dir, "council.md", "---\ntitle: Council minutes\n"
                    + "speaker: Anna Berg\n---\nThe council met and weighed the balance of power.\n"));
            long removed = TestProjects.importOne(wb, TestProjects.textFile(dir, "volkov.md", "---\ntitle: " + TITLE
                    + "\nspeaker: Sergei Volkov\n---\nA draft in which norms diverge.\n"));
            wb.exchange().markSensitive("speaker");
            long coded = wb.coding().code(removed, 0, 7, wb.codebook().code("Balance of power").id(), null).id();
            wb.tracing().installStudyTemplate();
            wb.tracing().addEvidence(new EvidenceRequest(SET, List.of(coded), null,
                    Map.of("H1", "0.2", "H2", "0.7", "Other", "0.5"), "on the draft", null, null, null));
            wb.tracing().addEvidence(new EvidenceRequest(SET, List.of(), new EvidenceRequest.Selection(removed, 8, 16),
                    Map.of("H1", "0.4", "H2", "0.6", "Other", "0.5"), "a selection", null, null, null));
            wb.documents().delete(removed);

            assertThat(wb.tracing().evidence(SET)).hasSize(2).allSatisfy(e -> assertThat(e.passages())
                    .singleElement().satisfies(p -> {
                        assertThat(p.status().label()).isEqualTo("document removed");
                        assertThat(p.documentTitle()).isEqualTo(TITLE);
                    }));
            String report = report(wb, "report.html", false);
            assertThat(report).contains(TITLE + "; document " + removed).contains("document removed since recorded")
                    .doesNotContain("passage deleted");
            String hidden = report(wb, "hidden.html", true);
            assertThat(hidden).contains("document removed since recorded").doesNotContain("Volkov");

            Path qdpx = dir.resolve("study.qdpx");
            List<String> lines = wb.exchange().exportQdpx(qdpx, false);
            assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(l).contains("its document “" + TITLE
                    + "” was removed from the project"));
            assertThat(qde(qdpx)).contains("document removed since recorded");
            Path hiddenQdpx = dir.resolve("hidden.qdpx");
            List<String> hiddenLines = wb.exchange().exportQdpx(hiddenQdpx, true);
            assertThat(String.join("\n", hiddenLines)).contains("was removed from the project")
                    .doesNotContain("Volkov");
            assertThat(qde(hiddenQdpx)).contains("document removed since recorded").doesNotContain("Volkov");
        }
    }

    private String report(Workbench wb, String name, boolean pseudonymise) throws Exception {
        Path file = dir.resolve(name);
        wb.tracing().exportReport(SET, file, pseudonymise);
        return Files.readString(file);
    }

    private static String qde(Path qdpx) throws Exception {
        return new String(QdpxFiles.entries(qdpx).get("project.qde"), StandardCharsets.UTF_8);
    }
}
