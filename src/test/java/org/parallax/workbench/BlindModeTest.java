package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parallax.model.Segment;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.model.Matrix;
import org.parallax.testutil.TestProjects;

class BlindModeTest {
    @TempDir
    Path dir;

    @BothBackends
    void blindCoderSeesOnlyOwnPassagesInTheDocumentAndInTableOne(Backend backend) {
        Path sample = dir.resolve("sample.parallax");
        SampleProject.build(TestProjects.SAMPLES, sample);
        String location;
        try (Workbench wb = backend.codingAs(backend.from(sample), "second-coder")) {
            location = wb.location();
            Document munich = wb.documents().list().stream()
                    .filter(d -> d.sourceFile().startsWith("2007-02-10_putin_munich")).findFirst().orElseThrow();
            long second = wb.activeCoder().id();
            int everyone = wb.coding().visibleSegmentsOfDocument(munich.id()).size();
            Matrix all = wb.analysis().table1();

            wb.setBlindMode(true);
            var own = wb.coding().visibleSegmentsOfDocument(munich.id());
            assertThat(own).isNotEmpty().hasSizeLessThan(everyone).allMatch(s -> s.coderId() == second);
            Matrix blind = wb.analysis().table1();
            assertThat(blind.total().segments()).isPositive().isLessThan(all.total().segments());
            assertThat(wb.analysis().table1(true).total()).isEqualTo(all.total());
        }
        try (Workbench reopened = Workbench.open(location, Backend.PASSWORD::toCharArray)) {
            assertThat(reopened.blindMode()).isTrue();
            assertThat(reopened.activeCoder().name()).isEqualTo("second-coder");
        }
    }

    /**
     * The steps recorded belong to the coder who made them: after a switch to the second coder in blind mode the
     * Edit menu named the first coder's last coding ("Undo Code passage with Balance of power") and Undo removed a
     * passage from a layer the second coder may not see.
     */
    @Test
    void aSwitchToAnotherCoderLeavesNothingOfTheFirstCoderToUndo() {
        try (Workbench wb = Workbench.open(TestProjects.sampleCopy(dir))) {
            wb.setActiveCoder("analyst");
            Segment first = wb.coding().code(1, 0, 20, wb.codebook().code("Balance of power").id(), null);
            assertThat(wb.history().undoLabel()).hasValueSatisfying(l -> assertThat(l).contains("Balance of power"));

            wb.setActiveCoder("second-coder");
            wb.setBlindMode(true);

            assertThat(wb.history().canUndo()).isFalse();
            assertThat(wb.history().undoLabel()).isEmpty();
            assertThat(wb.history().undo()).isEmpty();
            assertThat(wb.coding().segments()).extracting(Segment::id).contains(first.id());
        }
    }

    @Test
    void choosingTheCoderAlreadyActiveKeepsTheirSteps() {
        try (Workbench wb = Workbench.open(TestProjects.sampleCopy(dir))) {
            wb.setActiveCoder("analyst");
            wb.coding().code(1, 0, 20, wb.codebook().code("Balance of power").id(), null);

            wb.setActiveCoder("analyst");
            wb.setBlindMode(true);

            assertThat(wb.history().canUndo()).isTrue();
        }
    }
}
