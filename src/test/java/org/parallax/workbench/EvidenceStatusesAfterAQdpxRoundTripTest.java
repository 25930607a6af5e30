package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.EvidencePassage;
import org.parallax.testutil.TestProjects;

/**
 * Evidence resting on a coded passage recoded since said "passage changed" in the project, but a project made from its
 * .qdpx read it "current"; and what became of each passage was paired with the file's selections by the quote alone,
 * so where two passages of an item read the same words, one deleted, the other's selection could take "passage
 * deleted". The file now says "passage changed" too, and names the selection each status belongs to.
 */
class EvidenceStatusesAfterAQdpxRoundTripTest {
    private static final String SET = org.parallax.analysis.tracing.StudyHypotheses.TEMPLATE.name();
    private static final String TEXT = "They agreed at first. Then they agreed again.";
    private static final int FIRST = TEXT.indexOf("agreed");
    private static final int LAST = TEXT.lastIndexOf("agreed");

    @TempDir
    Path dir;

    @Test
    void eachPassageKeepsItsOwnStatusThroughTheFile() {
        Path qdpx = dir.resolve("study.qdpx");
        Map<Integer, String> expected = Map.of(FIRST, "passage changed", LAST, "passage deleted");
        try (Workbench wb = TestProjects.table1(dir)) {
            long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "talks.txt", TEXT));
            long power = wb.codebook().code("Balance of power").id();
            long other = wb.codebook().addCode("Other reading", null, null, null, null).id();
            long recoded = wb.coding().code(doc, FIRST, FIRST + 6, power, null).id();
            long uncoded = wb.coding().code(doc, LAST, LAST + 6, power, null).id();
            wb.tracing().installStudyTemplate();
            wb.tracing().addEvidence(new EvidenceRequest(SET, List.of(recoded, uncoded), null,
                    Map.of("H1", "0.2", "H2", "0.7", "Other", "0.5"), "they agreed", null, null, null));
            wb.coding().changeCode(recoded, other);
            wb.coding().uncode(uncoded);
            assertThat(statuses(wb)).isEqualTo(expected);

            wb.exchange().exportQdpx(qdpx, false);
        }
        try (Workbench read = Workbench.create(dir.resolve("read.parallax"), null)) {
            read.exchange().importQdpx(qdpx);

            assertThat(statuses(read)).isEqualTo(expected);
        }
    }

    /** The status of each passage of the one item, by where it starts. */
    private static Map<Integer, String> statuses(Workbench wb) {
        assertThat(wb.tracing().evidence(SET)).hasSize(1);
        return wb.tracing().evidence(SET).get(0).passages().stream()
                .collect(Collectors.toMap(EvidencePassage::start, p -> p.status().label()));
    }
}
