package org.parallax.ui.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Coder;
import org.parallax.model.Segment;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.app.MainViewModel;
import org.parallax.ui.app.SettingsFile;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.SynchronousTasks;
import org.parallax.ui.documents.DocumentRow;
import org.parallax.ui.practice.PracticeRow.Outcome;
import org.parallax.workbench.PracticeReport;
import org.parallax.workbench.SampleProject;
import org.parallax.workbench.Workbench;

class PracticeViewModelTest {
    @TempDir
    Path dir;
    private MainViewModel main;
    private PracticeViewModel practice;

    @BeforeEach
    void openSample() {
        Path project = dir.resolve("sample.parallax");
        SampleProject.build(Path.of("samples"), project);
        main = new MainViewModel(new ProjectContext(new SynchronousTasks(), new RecordingDialogs()),
                new SettingsFile(dir.resolve("settings.json")));
        practice = new PracticeViewModel(main.context(), main.documents().selectedProperty());
        practice.setOpener(r -> main.openPassage(r.documentId(), r.start(), r.end()));
        main.open(project);
    }

    @AfterEach
    void close() {
        main.close();
    }

    private Workbench wb() {
        return main.context().workbench();
    }

    /** Selects a document that both the student and the analyst coded, with at least one miss or extra. */
    private DocumentRow codedByBoth(String student) {
        long studentId = coderId(student);
        long analystId = coderId("analyst");
        List<Segment> all = wb().coding().segments();
        DocumentRow row = main.documents().rows().stream()
                .filter(d -> all.stream().anyMatch(s -> s.documentId() == d.id() && s.coderId() == studentId))
                .filter(d -> all.stream().anyMatch(s -> s.documentId() == d.id() && s.coderId() == analystId))
                .findFirst().orElseThrow();
        main.documents().selectedProperty().set(row);
        return row;
    }

    private long coderId(String name) {
        return wb().coders().stream().filter(c -> c.name().equals(name)).mapToLong(Coder::id).findFirst()
                .orElseThrow();
    }

    @Test
    void defaultsToTheActiveCoderAgainstTheAnalyst() {
        main.close();
        Path project = dir.resolve("student.parallax");
        SampleProject.build(Path.of("samples"), project);
        try (Workbench wb = Workbench.open(project)) {
            wb.setActiveCoder("student-1");
        }
        main.open(project);

        assertThat(practice.coders()).contains("analyst", "second-coder", "student-1");
        assertThat(practice.studentProperty().get()).isEqualTo("student-1");
        assertThat(practice.referenceProperty().get()).isEqualTo("analyst");
    }

    @Test
    void anActiveCoderWhoIsTheReferenceIsReplacedByAnotherCoderAsStudent() {
        assertThat(wb().activeCoder().name()).isEqualTo("analyst");

        assertThat(practice.referenceProperty().get()).isEqualTo("analyst");
        assertThat(practice.studentProperty().get()).isNotEqualTo("analyst").isIn(practice.coders());
    }

    @Test
    void comparesTheStudentWithTheReferenceLikeTheWorkbenchWithoutChangingAnyPassage() {
        DocumentRow doc = codedByBoth("second-coder");
        practice.studentProperty().set("second-coder");
        practice.referenceProperty().set("analyst");
        List<Segment> before = wb().coding().segments();
        PracticeReport expected = wb().practice().compare(doc.id(), "second-coder", "analyst");

        practice.compare();

        assertThat(practice.rows()).filteredOn(r -> r.outcome() == Outcome.MATCHED)
                .hasSize(expected.matched().size());
        assertThat(practice.rows()).filteredOn(r -> r.outcome() == Outcome.MISSED)
                .hasSize(expected.missed().size());
        assertThat(practice.rows()).filteredOn(r -> r.outcome() == Outcome.EXTRA)
                .hasSize(expected.extra().size());
        assertThat(practice.rows()).isNotEmpty();
        assertThat(practice.rows()).filteredOn(r -> r.outcome() == Outcome.MISSED)
                .extracting(PracticeRow::definition)
                .containsExactlyInAnyOrderElementsOf(expected.missed().stream()
                        .map(p -> p.definition() == null ? "" : p.definition()).toList());
        assertThat(practice.rows()).filteredOn(r -> r.outcome() != Outcome.MISSED)
                .allMatch(r -> r.definition().isEmpty());
        double kappa = PracticeViewModel.kappaOf(expected.agreement());
        assertThat(kappa).isNotNaN();
        assertThat(practice.summaryProperty().get()).isEqualTo(expected.matched().size() + " matched, "
                + expected.missed().size() + " missed, " + expected.extra().size() + " extra in "
                + doc.title() + " · κ = " + String.format(Locale.ROOT, "%.3f", kappa) + " (characters, all codes)");
        assertThat(wb().coding().segments()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void openingARowShowsItsPassageInTheText() {
        codedByBoth("second-coder");
        practice.studentProperty().set("second-coder");
        practice.compare();
        PracticeRow missed = practice.rows().stream().filter(r -> r.outcome() == Outcome.MISSED).findFirst()
                .orElse(practice.rows().get(0));

        practice.selectedProperty().set(missed);
        practice.openSelected();

        assertThat(main.documents().selectedProperty().get().id()).isEqualTo(missed.documentId());
        assertThat(main.document().revealProperty().get().start()).isEqualTo(missed.start());
        assertThat(main.document().revealProperty().get().end()).isEqualTo(missed.end());
    }

    @Test
    void changingACoderDropsTheResultAndTheSameCoderTwiceCannotCompare() {
        codedByBoth("second-coder");
        practice.studentProperty().set("second-coder");
        practice.compare();
        assertThat(practice.reportProperty().get()).isNotNull();

        practice.studentProperty().set("analyst");

        assertThat(practice.rows()).isEmpty();
        assertThat(practice.canCompare().get()).isFalse();
        assertThat(practice.summaryProperty().get()).isEqualTo("Choose two different coders");
    }

    @Test
    void theHintSaysWhenTheWindowCodesAsAnotherThanTheStudent() {
        // The sample opens coding as analyst, the reference; the student is second-coder. A new user who ticked
        // Blind coding and coded went on writing into the reference layer, with nothing saying so.
        main.documents().selectedProperty().set(main.documents().rows().get(0));
        assertThat(practice.studentProperty().get()).isEqualTo("second-coder");
        assertThat(practice.summaryProperty().get()).isEqualTo("You code as analyst, not as the student"
                + " second-coder: Edit → Switch coder… to code as second-coder, then Compare with reference");

        main.context().write(wb -> wb.setActiveCoder("second-coder"));
        assertThat(practice.summaryProperty().get())
                .isEqualTo("Press Compare with reference when the student has finished coding");
    }
}
