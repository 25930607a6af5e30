package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.TestProjects;

/**
 * An evidence item resting on a passage of a document removed since stays in its set's ledger (the transparency report
 * quotes it, "document removed since recorded"), and the .qdpx export wrote its note with no selection referring to it:
 * a project made from the file left it out ("no passage of the file refers to it; not imported"), its ledger moved,
 * and the export had said nothing. The export now names each such item, in the command's lines and the window's box.
 */
class EvidenceOfARemovedDocumentExportedTest {
    private static final String SET = org.parallax.analysis.tracing.StudyHypotheses.TEMPLATE.name();

    @TempDir
    Path dir;

    @Test
    void theExportNamesTheEvidenceAProjectMadeFromTheFileLeavesOut() throws Exception {
        Path qdpx = dir.resolve("study.qdpx");
        try (Workbench wb = TestProjects.table1(dir)) {
            long kept = TestProjects.importOne(wb, TestProjects.textFile(dir, "kept.txt",
                    "The council met and weighed the balance of power."));
            long gone = TestProjects.importOne(wb, TestProjects.textFile(dir, "gone.txt",
                    "A draft in which norms diverge, removed later."));
            long code = wb.codebook().code("Balance of power").id();
            long keptPassage = wb.coding().code(kept, 4, 11, code, null).id();
            long gonePassage = wb.coding().code(gone, 0, 7, code, null).id();
            wb.tracing().installStudyTemplate();
            long first = wb.tracing().addEvidence(new EvidenceRequest(SET, List.of(keptPassage), null,
                    Map.of("H1", "0.8", "H2", "0.3", "Other", "0.5"), "kept", null, null, null)).id();
            long second = wb.tracing().addEvidence(new EvidenceRequest(SET, List.of(gonePassage), null,
                    Map.of("H1", "0.2", "H2", "0.7", "Other", "0.5"), "on the draft", null, null, null)).id();
            wb.documents().delete(gone);
            assertThat(wb.tracing().ledger(SET).steps()).hasSize(2);

            List<String> lines = wb.exchange().exportQdpx(qdpx, false);

            assertThat(lines).singleElement().asString().startsWith("Evidence #" + second + " of '" + SET + "' rests "
                    + "on no passage the file holds").contains("leaves it out of the set's ledger")
                    .doesNotContain("#" + first + " ");
        }
        try (Workbench read = Workbench.create(dir.resolve("read.parallax"), null)) {
            ExchangeReport report = read.exchange().importQdpx(qdpx);

            assertThat(report.problems()).anyMatch(p -> p.contains("no passage of the file refers to it"));
            assertThat(read.tracing().evidence(SET)).singleElement().satisfies(e ->
                    assertThat(e.description()).isEqualTo("kept"));
        }
    }
}
