package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.model.MemoTarget;
import org.parallax.model.Segment;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.EvidenceRequest;
import org.parallax.workbench.Workbench;

/**
 * A .qdpx written while the coders are pseudonymised carries the analysts' notes (passage and code memos, evidence,
 * hypothesis sets, events) as REFI-QDA notes. An evidence item's quote went through the coders' names as the analyst's
 * words do, so "we must mark the date" (a coder mark) read "we must Coder 3 the date" in its note, a quote its own
 * document does not hold; and a note's name, passed through twice, read "Hypothesis set: Coder 2 4's set" where the
 * sample has a coder second-coder. The quote keeps the document's words now, a pseudonym is never taken for a name,
 * and no coder's name is left in any note.
 */
class QdpxCoderNamesInNotesCliTest {
    private static final String SAID = "Both delegations agreed that we must mark the date of the summit.";

    @TempDir
    Path dir;

    @Test
    void theNotesOfAQdpxLoseTheCodersNamesAndTheQuotesKeepTheDocumentsWords() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        String set = "Maria set";
        try (Workbench wb = Workbench.open(project)) {
            wb.setActiveCoder("mark");
            wb.setActiveCoder("maria-kowalski");
            long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "summit.txt", SAID));
            long code = wb.codebook().code("Balance of power").id();
            Segment s = wb.coding().code(doc, 0, SAID.length(), code, "Kowalski disagrees; ask Mark");
            wb.memos().set(MemoTarget.code(code), "Maria Kowalski's code; MARK agrees");
            wb.tracing().addHypothesis(set, "Kowalski's hypothesis", "Mark's reading holds", 0.5, false);
            wb.tracing().addHypothesis(set, "Other", null, null, true);
            wb.tracing().addEvidence(new EvidenceRequest(set, List.of(s.id()), null,
                    Map.of("Kowalski's hypothesis", "0.8", "Other", "0.2"), "Maria's evidence", null, "noted by Mark",
                    "Kowalski group"));
            wb.tracing().addEvent(LocalDate.of(2002, 5, 28), "Kowalski meets Mark", "Maria's note");
            wb.pseudonymiseCoders(true);
        }
        Path qdpx = dir.resolve("study.qdpx");

        Cli.ok("export", "qdpx", project, qdpx);

        String qde = new String(QdpxFiles.entries(qdpx).get("project.qde"), StandardCharsets.UTF_8);
        assertThat(qde).contains("name=\"Hypothesis set: Coder 4 set\"")
                .contains("name=\"Event: Coder 4 meets Coder 3 (2002-05-28)\"")
                .contains("\"quotes\" : [ \"" + SAID + "\" ]").contains("Coder 4 disagrees; ask Coder 3")
                .doesNotContainPattern("(?i)kowalski|maria\\b").doesNotContain("Mark").doesNotContain("MARK")
                .doesNotContainPattern("Coder \\d+ \\d+").doesNotContain("Coder 3 the date");
    }
}
