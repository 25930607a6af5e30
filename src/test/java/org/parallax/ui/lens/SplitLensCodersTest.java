package org.parallax.ui.lens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Coder;
import org.parallax.model.Segment;
import org.parallax.workbench.PracticeReport;

/** The split lens view in coder mode: one coder's passages a side, disagreements marked, on the sample project. */
class SplitLensCodersTest {
    @TempDir
    static Path shared;
    static Path sample;

    @TempDir
    Path dir;
    private SampleWindow window;
    private long documentId;

    @BeforeAll
    static void buildSample() {
        sample = SampleWindow.build(shared);
    }

    /** Opens a sample document that both "analyst" and "second-coder" coded. */
    @AfterEach
    void close() {
        // The warm-up and the index's merge threads stop before the temporary folder is deleted.
        window.close();
    }

    @BeforeEach
    void openDocumentBothCoded() throws Exception {
        window = SampleWindow.open(sample, dir);
        long analyst = coderId("analyst");
        long second = coderId("second-coder");
        Map<Long, Set<Long>> codersByDocument = window.workbench().coding().segments().stream().collect(
                Collectors.groupingBy(Segment::documentId, Collectors.mapping(Segment::coderId, Collectors.toSet())));
        documentId = codersByDocument.entrySet().stream()
                .filter(e -> e.getValue().contains(analyst) && e.getValue().contains(second))
                .map(Map.Entry::getKey).sorted().findFirst().orElseThrow();
        window.main.documents().select(documentId);
    }

    private long coderId(String name) {
        return window.workbench().coders().stream().filter(c -> c.name().equals(name)).mapToLong(Coder::id)
                .findFirst().orElseThrow();
    }

    private List<Long> idsOf(String coder) {
        long id = coderId(coder);
        return window.workbench().coding().segments().stream()
                .filter(s -> s.documentId() == documentId && s.coderId() == id).map(Segment::id).sorted().toList();
    }

    private static List<Long> ids(LensSide side) {
        return side.passages().stream().map(Segment::id).sorted().toList();
    }

    @Test
    void coderModeShowsEachCodersPassagesAndMarksTheDisagreementsOfPracticeMode() {
        SplitLensViewModel split = window.main.splitLens();
        split.shownProperty().set(true);
        split.byCoderProperty().set(true);
        split.leftCoderProperty().set("second-coder");
        split.rightCoderProperty().set("analyst");
        assertThat(split.coders()).contains("analyst", "second-coder");

        LensSide left = split.leftProperty().get();
        LensSide right = split.rightProperty().get();
        assertThat(left.coder()).isEqualTo("second-coder");
        assertThat(right.coder()).isEqualTo("analyst");
        assertThat(ids(left)).isNotEmpty().isEqualTo(idsOf("second-coder"));
        assertThat(ids(right)).isNotEmpty().isEqualTo(idsOf("analyst"));

        PracticeReport report = window.workbench().practice().compare(documentId, "second-coder", "analyst");
        assertThat(left.disagreements()).containsExactlyInAnyOrderElementsOf(
                report.extra().stream().map(PracticeReport.Passage::segmentId).toList());
        assertThat(right.disagreements()).containsExactlyInAnyOrderElementsOf(
                report.missed().stream().map(PracticeReport.Passage::segmentId).toList());
        assertThat(left.disagreements().size() + right.disagreements().size())
                .isEqualTo(report.missed().size() + report.extra().size()).isPositive();
        for (int i = 0; i < left.runs().size(); i++) {
            boolean marked = left.runs().get(i).segmentIds().stream().anyMatch(left::isDisagreement);
            assertThat(left.styles().get(i).contains("#c0392b")).as("run %d", i).isEqualTo(marked);
        }
    }

    @Test
    void turningCoderModeOffShowsFramesAgain() {
        SplitLensViewModel split = window.main.splitLens();
        split.shownProperty().set(true);
        split.byCoderProperty().set(true);
        assertThat(split.leftProperty().get().coder()).isNotNull();

        split.byCoderProperty().set(false);
        assertThat(split.leftProperty().get().coder()).isNull();
        assertThat(split.leftProperty().get().lens().name()).isEqualTo("Realism");
        assertThat(split.leftProperty().get().disagreements()).isEmpty();
    }
}
