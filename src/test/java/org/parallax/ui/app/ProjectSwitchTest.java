package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.tracing.StudyHypotheses;
import org.parallax.model.CausalEvent;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.analysis.TimelineViewModel;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.QueuedTasks;
import org.parallax.workbench.EvidenceRequest;
import org.parallax.workbench.SampleProject;
import org.parallax.workbench.Workbench;

/**
 * Another project opened: from the moment it is open, no result view shows, exports or edits what it computed for
 * the project before, while its own results are still being computed (or, behind other tabs, not yet asked for).
 */
class ProjectSwitchTest {
    @TempDir
    Path dir;

    @Test
    void theResultViewsHoldNothingOfThePreviousProjectOnceAnotherIsOpen() throws Exception {
        Path mine = dir.resolve("mine.parallax");
        SampleProject.build(Path.of("samples"), mine);
        try (Workbench wb = Workbench.open(mine)) {
            wb.tracing().installStudyTemplate();
            wb.tracing().addEvidence(new EvidenceRequest(StudyHypotheses.TEMPLATE.name(),
                    List.of(wb.coding().segments().get(0).id()), null, Map.of("H1", "0.8", "H2", "0.3", "Other", "0.5"),
                    null, null, "mine", ""));
        }
        // A colleague's copy: the same hypothesis set and evidence ids, and the events this project lacks.
        Path colleagues = Files.copy(mine, dir.resolve("colleagues.parallax"));
        try (Workbench wb = Workbench.open(mine)) {
            wb.tracing().events().stream().map(CausalEvent::id).forEach(wb.tracing()::deleteEvent);
        }

        QueuedTasks tasks = new QueuedTasks();
        MainViewModel main = new MainViewModel(new ProjectContext(tasks, new RecordingDialogs()),
                new SettingsFile(dir.resolve("settings.json")));
        try {
            main.open(mine);
            main.timeline().granularityProperty().set(TimelineViewModel.Granularity.PERIOD);
            main.analysis().shownProperty().set(false);
            tasks.drain();
            main.analysis().shownProperty().set(true);
            tasks.drain();
            assertThat(main.analysis().valuesProperty().get()).isNotNull();
            assertThat(main.table1().columns()).isNotEmpty();
            assertThat(main.timeline().emptyMessageProperty().get()).isEqualTo(TimelineViewModel.NO_EVENTS);
            assertThat(main.tracing().evidence()).hasSize(1);
            main.tracing().edit(main.tracing().evidence().get(0));
            main.analysis().shownProperty().set(false);  // the Analysis tab behind another

            main.open(colleagues);
            tasks.queue.poll().run();  // the open itself; the views' reads wait behind it
            assertThat(main.context().workbench().file()).isEqualTo(colleagues);

            assertThat(main.analysis().valuesProperty().get()).isNull();
            assertThat(main.analysis().headers()).isEmpty();
            Path matrix = dir.resolve("matrix.csv");
            main.analysis().exportCsv(matrix);
            assertThat(main.table1().columns()).isEmpty();
            assertThat(main.timeline().emptyMessageProperty().get()).isEmpty();
            assertThat(main.tracing().editingProperty().get()).isNull();
            assertThat(main.tracing().noteProperty().get()).isEmpty();
            assertThat(main.tracing().evidence()).isEmpty();
            assertThat(main.tracing().chain()).isEmpty();
            assertThat(main.tracing().causalChainProperty().get()).isNull();
            assertThat(main.tracing().ledgerProperty().get()).isNull();

            tasks.drain();
            assertThat(matrix).doesNotExist();
            assertThat(main.analysis().valuesProperty().get()).as("not asked for behind another tab").isNull();
            assertThat(main.table1().columns()).isNotEmpty();
            assertThat(main.timeline().timelineProperty().get()).isNotNull();
            assertThat(main.tracing().evidence()).hasSize(1);
            assertThat(main.tracing().editingProperty().get()).as("the colleague's item is not being edited")
                    .isNull();
        } finally {
            main.close();
            tasks.drain();
        }
    }
}
