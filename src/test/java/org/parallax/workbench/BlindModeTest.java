package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.model.Matrix;
import org.parallax.testutil.TestProjects;

class BlindModeTest {
    @TempDir
    Path dir;

    @Test
    void blindCoderSeesOnlyOwnPassagesInTheDocumentAndInTableOne() {
        Path sample = dir.resolve("sample.parallax");
        SampleProject.build(TestProjects.SAMPLES, sample);
        try (Workbench wb = Workbench.open(sample)) {
            Document munich = wb.documents().list().stream()
                    .filter(d -> d.sourceFile().startsWith("2007-02-10_putin_munich")).findFirst().orElseThrow();
            long second = wb.setActiveCoder("second-coder").id();
            int everyone = wb.coding().visibleSegmentsOfDocument(munich.id()).size();
            Matrix all = wb.analysis().table1();

            wb.setBlindMode(true);
            var own = wb.coding().visibleSegmentsOfDocument(munich.id());
            assertThat(own).isNotEmpty().hasSizeLessThan(everyone).allMatch(s -> s.coderId() == second);
            Matrix blind = wb.analysis().table1();
            assertThat(blind.total().segments()).isPositive().isLessThan(all.total().segments());
            assertThat(wb.analysis().table1(true).total()).isEqualTo(all.total());
        }
        try (Workbench reopened = Workbench.open(sample)) {
            assertThat(reopened.blindMode()).isTrue();
            assertThat(reopened.activeCoder().name()).isEqualTo("second-coder");
        }
    }
}
