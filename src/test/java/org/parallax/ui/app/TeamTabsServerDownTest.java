package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.model.Code;
import org.parallax.testutil.OwnTestServer;
import org.parallax.testutil.TeamSample;
import org.parallax.testutil.TestServer;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.analysis.AnalysisFilter;
import org.parallax.ui.analysis.MatrixRow;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.SynchronousTasks;
import org.parallax.ui.coding.DocumentViewModel;
import org.parallax.ui.coding.TextRange;
import org.parallax.ui.reports.ReportViewModel;
import org.parallax.workbench.Workbench;

/**
 * The Table 1, Analysis, Timeline and Report tabs of a team project refresh from what the window holds: they read
 * the coders from the server on every refresh, so with the server down none of them could refresh (each refresh an
 * error dialog) although the numbers need no server. Only what does need it (the report's quotations, read from the
 * texts on the server) says the server is unreachable, after a few tries rather than after 30 s; a coding action in
 * the same window still waits out a restart.
 */
@OwnTestServer
class TeamTabsServerDownTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();
    private MainViewModel main;

    @Test
    void theCountingTabsRefreshWithTheServerDown() throws Exception {
        String lead = team.publish("offtabs");
        RecordingDialogs dialogs = new RecordingDialogs();
        main = opened(new MainViewModel(new ProjectContext(new SynchronousTasks(), dialogs),
                new SettingsFile(team.dir().resolve("settings.json"))));
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
            List<String> tries = reconnectionTries();
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
            // Counted, not timed: the preview gave up after a few tries a second apart. It tried for 30 s, and
            // meanwhile every other tab's refresh waited behind it on the window's one background thread.
            assertThat(tries).as("reconnection tries before the preview said the server is out of reach")
                    .hasSizeLessThanOrEqualTo(3);
            // Said once, in the status line, rather than in a dialog of the preview's own.
            assertThat(dialogs.errors).isEmpty();
            assertThat(main.status().connectionProperty().get()).contains("cannot be reached");
        } finally {
            TestServer.restart();
        }
    }

    /**
     * Several views refreshing with the server down each showed a dialog of their own ("cannot reach the team
     * server…"), one outage read as several problems. The window now says it once, in the status line: which server,
     * since when, what still works and that it is tried again; and the line goes once the server is back.
     */
    @Test
    void severalViewsFailingWithTheServerDownSayItOnceInTheStatusLine() throws Exception {
        String lead = team.publish("offonce");
        RecordingDialogs dialogs = new RecordingDialogs();
        SynchronousTasks tasks = new SynchronousTasks();
        main = opened(new MainViewModel(new ProjectContext(tasks, dialogs),
                new SettingsFile(team.dir().resolve("settings.json"))));
        ReportViewModel report = new ReportViewModel(main.context());
        main.openTeam(lead, null);
        assertThat(main.context().workbench()).as(String.valueOf(dialogs.errors)).isNotNull();
        List<Long> documents = main.context().workbench().documents().list().stream().map(d -> d.id()).toList();
        List<String> lines = new java.util.ArrayList<>();
        main.status().connectionProperty().addListener((o, was, now) -> lines.add(now));
        String server = org.parallax.store.TeamUrl.parse(lead).hostForUrl() + ":"
                + org.parallax.store.TeamUrl.parse(lead).port();

        TestServer.halt();
        try {
            tasks.deliverPending();
            report.load();
            main.document().show(documents.get(documents.size() - 1));
            main.documents().refresh();
            main.memos().refresh();
            main.passages().refresh();
            report.load();
            tasks.deliverPending();

            assertThat(dialogs.errors).as("dialogs while views refreshed with the server down").isEmpty();
            String said = main.status().connectionProperty().get();
            assertThat(said).startsWith("Team server " + server + " cannot be reached since ")
                    .contains("what is shown stays readable", "trying again every second").hasLineCount(1);
            assertThat(lines).as("the status line's sentences while the server was down").filteredOn(l -> !l.isEmpty())
                    .allSatisfy(l -> assertThat(l).startsWith("Team server " + server));
        } finally {
            TestServer.restart();
        }
        tasks.deliverUntil(() -> main.status().connectionProperty().get().isEmpty(), java.time.Duration.ofMinutes(1));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void actionsWaitOutARestartLongerThanAViewWouldWait() throws Exception {
        String lead = team.publish("offcode");
        RecordingDialogs dialogs = new RecordingDialogs();
        main = opened(new MainViewModel(new ProjectContext(new SynchronousTasks(), dialogs),
                new SettingsFile(team.dir().resolve("settings.json"))));
        main.openTeam(lead, null);
        Workbench wb = main.context().workbench();
        assertThat(wb).as(String.valueOf(dialogs.errors)).isNotNull();
        long documentId = wb.documents().list().get(0).id();
        Code code = wb.codebook().current().codes().stream().filter(c -> c.frameId() != null).findFirst().orElseThrow();
        DocumentViewModel document = main.document();
        document.show(documentId, () -> {
        });
        // A range no passage of the sample starts at, so the one coded here is found again on the server.
        document.snapToWordsProperty().set(false);
        TextRange range = new TextRange(1, 4);
        document.selectionProperty().set(range);
        // Saving the report reads the texts from the server, as its preview does, before it writes the file.
        ReportViewModel report = new ReportViewModel(main.context());
        Path saved = team.dir().resolve("report.html");
        List<String> tries = reconnectionTries();

        TestServer.halt();
        Thread acting = new Thread(() -> {
            report.save(saved);
            document.codeSelection(code.id());
        }, "coding and saving while the server restarts");
        try {
            acting.start();
            // Counted, not timed: the actions are still trying after more tries than a view is given.
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (tries.size() < 5 && acting.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(tries).as("tries of the actions before the restart; " + dialogs.errors)
                    .hasSizeGreaterThanOrEqualTo(5);
        } finally {
            TestServer.restart();
            acting.join(TimeUnit.MINUTES.toMillis(2));
        }
        assertThat(acting.isAlive()).isFalse();
        assertThat(dialogs.errors).as("the actions bridged the restart").isEmpty();
        assertThat(report.outcomeProperty().get()).contains("written to");
        assertThat(report.outcomeFailedProperty().get()).isFalse();
        assertThat(saved).isNotEmptyFile();
        try (Workbench check = Workbench.open(lead, null)) {
            assertThat(check.coding().segmentsOfDocument(documentId)).anySatisfy(s -> {
                assertThat(s.start()).isEqualTo(range.start());
                assertThat(s.end()).isEqualTo(range.end());
                assertThat(s.codeId()).isEqualTo(code.id());
            });
        }
    }

    /** The session's "reconnecting (try n)" states from now on. */
    private List<String> reconnectionTries() {
        List<String> tries = new java.util.concurrent.CopyOnWriteArrayList<>();
        main.context().workbench().onConnectionState(state -> {
            if (state.contains("(try ")) {
                tries.add(state);
            }
        });
        return tries;
    }

    private void refreshAll(ReportViewModel report) {
        main.table1().refresh();
        main.analysis().refresh();
        main.timeline().refresh();
        report.load();
    }

    /** The window's model, closed after the test (before its folder is deleted). */
    private MainViewModel opened(MainViewModel window) {
        team.closeAfter(window::close);
        return window;
    }
}
