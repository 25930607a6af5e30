package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;
import org.parallax.testutil.PracticeFixture;
import org.parallax.workbench.PracticeReport.Passage;

class PracticeTest {
    @TempDir
    Path dir;

    @Test
    void comparesTheStudentWithTheReferenceOnTheFixture() {
        try (Workbench wb = Workbench.open(PracticeFixture.create(dir))) {
            List<Segment> before = wb.coding().segments();

            PracticeReport report = wb.practice().compare(1, "student", "teacher");

            assertThat(report.document().title()).contains("totsky");
            assertThat(report.matched()).singleElement().satisfies(m -> {
                assertThat(m.reference().text()).isEqualTo(PracticeFixture.TOTSKY);
                assertThat(m.student().text()).isEqualTo(PracticeFixture.TOTSKY.substring(10));
                assertThat(m.overlap()).isEqualTo((PracticeFixture.TOTSKY.length() - 10.0) / PracticeFixture.TOTSKY.length());
            });
            assertThat(report.missed()).extracting(Passage::text)
                    .containsExactlyInAnyOrder(PracticeFixture.COUNCIL, PracticeFixture.MILITARY);
            assertThat(report.missed()).filteredOn(p -> p.code().equals("Seeking a common language and community"))
                    .singleElement().extracting(Passage::definition).asString()
                    .isEqualTo(wb.codebook().code("Seeking a common language and community").definition()).isNotBlank();
            assertThat(report.extra()).extracting(Passage::code)
                    .containsExactlyInAnyOrder("Balance of power", "Convergence of norms");
            assertThat(wb.coding().segments()).isEqualTo(before);
        }
    }

    @Test
    void swappingTheRolesSwapsMissedAndExtra() {
        try (Workbench wb = Workbench.open(PracticeFixture.create(dir))) {
            PracticeReport report = wb.practice().compare(1, "teacher", "student");

            assertThat(report.matched()).hasSize(1);
            assertThat(report.missed()).extracting(Passage::code)
                    .containsExactlyInAnyOrder("Balance of power", "Convergence of norms");
            assertThat(report.extra()).hasSize(2);
        }
    }

    @Test
    void unknownCoderDocumentOrSameCoderTwiceAreRejectedClearly() {
        try (Workbench wb = Workbench.open(PracticeFixture.create(dir))) {
            assertThatThrownBy(() -> wb.practice().compare(1, "nobody", "teacher"))
                    .isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("No coder named 'nobody'").hasMessageContaining("teacher");
            assertThatThrownBy(() -> wb.practice().compare(42, "student", "teacher"))
                    .hasMessageContaining("no document with id 42 (the docs command lists them)");
            assertThatThrownBy(() -> wb.practice().compare(1, "teacher", "teacher"))
                    .hasMessageContaining("both 'teacher'");
        }
    }
}
