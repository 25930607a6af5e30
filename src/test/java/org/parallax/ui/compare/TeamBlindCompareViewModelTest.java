package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TestServer;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.app.MainViewModel;
import org.parallax.ui.app.SettingsFile;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.SynchronousTasks;

/**
 * The Compare tab of a team coder in blind mode: the server hides the other layers, so the tab says so in place of
 * the comparison, and no error dialog comes back at every refresh (each change another member makes refreshes it).
 */
@NeedsTestServer
class TeamBlindCompareViewModelTest {
    private final InputStream stdin = System.in;
    private MainViewModel main;

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        System.setIn(stdin);
        if (main != null) {
            main.close();
        }
    }

    @Test
    void aBlindCoderSeesWhyThereIsNoComparisonAndNoDialog() throws Exception {
        Path file = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve("sample.parallax"));
        String lead = TestServer.withProject(TestServer.freshDatabase(), TestServer.freshProjectName("blindtab"));
        assertThat(Cli.parallax("team", "publish", file, lead).exit()).isZero();
        String login = lead.substring(lead.indexOf("project=") + "project=".length()) + "_ann";
        System.setIn(new ByteArrayInputStream("ann pass\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(Cli.parallax("team", "add-user", lead, login, "--role", "coder").exit()).isZero();
        assertThat(Cli.parallax("coders", lead, "--blind", "on").exit()).isZero();

        RecordingDialogs dialogs = new RecordingDialogs();
        dialogs.passwordAnswers.add("ann pass");
        main = new MainViewModel(new ProjectContext(new SynchronousTasks(), dialogs),
                new SettingsFile(dir.resolve("settings.json")));
        CompareViewModel compare = new CompareViewModel(main.context());
        main.openTeam(TestServer.asLogin(lead, login), null);
        assertThat(main.context().workbench()).as(String.valueOf(dialogs.errors)).isNotNull();

        compare.coderAProperty().set("analyst");
        compare.coderBProperty().set("second-coder");
        compare.refresh();
        compare.refresh();

        assertThat(compare.summaryProperty().get()).contains("is in blind mode", "your own passages (" + login + ")",
                "--blind off");
        assertThat(compare.disagreements()).isEmpty();
        assertThat(dialogs.errors).isEmpty();

        compare.coderBProperty().set(login);
        assertThat(compare.summaryProperty().get()).contains("is in blind mode", "passages of analyst");
        assertThat(dialogs.errors).isEmpty();
    }
}
