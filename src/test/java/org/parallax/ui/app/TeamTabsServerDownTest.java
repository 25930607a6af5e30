package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamMembers;
import org.parallax.testutil.TestServer;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.analysis.AnalysisFilter;
import org.parallax.ui.analysis.MatrixRow;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.SynchronousTasks;
import org.parallax.ui.reports.ReportViewModel;

/**
 * The Table 1, Analysis, Timeline and Report tabs of a team project refresh from what the window holds: they read
 * the coders from the server on every refresh, so with the server down none of them could refresh (each refresh an
 * error dialog) although the numbers need no server. Only what does need it (the report's quotations, read from the
 * texts on the server) says the server is unreachable.
 */
@NeedsTestServer
class TeamTabsServerDownTest {
    private MainViewModel main;

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        if (main != null) {
            main.close();
        }
    }

    @Test
    void theCountingTabsRefreshWithTheServerDown() throws Exception {
        String lead = TeamMembers.publishedSample(dir, "offtabs");
        RecordingDialogs dialogs = new RecordingDialogs();
        main = new MainViewModel(new ProjectContext(new SynchronousTasks(), dialogs),
                new SettingsFile(dir.resolve("settings.json")));
        ReportViewModel report = new ReportViewModel(main.context());
        main.openTeam(lead, null);
        assertThat(main.context().workbench()).as(String.valueOf(dialogs.errors)).isNotNull();
        refreshAll(report);
        assertThat(dialogs.errors).isEmpty();
        int table1 = main.table1().matrixProperty().get().total().segments();
        List<MatrixRow> matrix = List.copyOf(main.analysis().rows());
        String counting = main.table1().layersLineProperty().get();
        assertThat(counting).startsWith("Counting analyst and second-coder");
        assertThat(main.analysis().filter().coders()).contains("analyst", "second-coder");
        assertThat(report.coders()).contains("analyst", "second-coder");

        TestServer.halt();
        try {
            main.table1().matrixProperty().set(null);
            main.analysis().rows().clear();
            main.analysis().layersLineProperty().set("");
            main.timeline().timelineProperty().set(null);
            main.analysis().filter().coderProperty().set("second-coder");
            main.analysis().filter().coderProperty().set(AnalysisFilter.ALL_CODERS);
            main.table1().refresh();
            main.analysis().refresh();
            main.timeline().refresh();
            report.load();

            assertThat(main.table1().matrixProperty().get()).as("Table 1 refreshed with the server down").isNotNull()
                    .satisfies(m -> assertThat(m.total().segments()).isEqualTo(table1));
            assertThat(main.table1().layersLineProperty().get()).isEqualTo(counting);
            assertThat(main.analysis().rows()).as("the Analysis matrix with the server down").isEqualTo(matrix);
            assertThat(main.analysis().layersLineProperty().get()).isEqualTo(counting);
            assertThat(main.timeline().timelineProperty().get()).isNotNull();
            assertThat(main.timeline().layersLineProperty().get()).isEqualTo(counting);
            assertThat(report.coders()).contains("analyst", "second-coder");
            // The report's preview quotes the texts, which are on the server: that one refresh says so, in a line.
            assertThat(dialogs.errors).singleElement().asString().contains("server").doesNotContain("Exception")
                    .hasLineCount(1);
        } finally {
            TestServer.restart();
        }
    }

    private void refreshAll(ReportViewModel report) {
        main.table1().refresh();
        main.analysis().refresh();
        main.timeline().refresh();
        report.load();
    }
}
