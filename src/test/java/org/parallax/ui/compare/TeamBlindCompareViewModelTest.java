package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamMembers;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.app.MainViewModel;
import org.parallax.ui.app.SettingsFile;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.SynchronousTasks;
import org.parallax.workbench.Disagreement.Side;

/**
 * The Compare tab of a team coder in blind mode: the server hides the other layers, so the tab says so in place of
 * the comparison, and no error dialog comes back at every refresh (each change another member makes refreshes it).
 */
@NeedsTestServer
class TeamBlindCompareViewModelTest {
    private MainViewModel main;

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        TeamMembers.forget();
        if (main != null) {
            main.close();
        }
    }

    @Test
    void aBlindCoderSeesWhyThereIsNoComparisonAndNoDialog() throws Exception {
        String lead = TeamMembers.publishedSample(dir, "blindtab");
        String coder = TeamMembers.add(lead, "ann", "coder", dir);
        String login = TeamMembers.login(coder);
        assertThat(Cli.parallax("coders", lead, "--blind", "on").exit()).isZero();

        RecordingDialogs dialogs = new RecordingDialogs();
        main = new MainViewModel(new ProjectContext(new SynchronousTasks(), dialogs),
                new SettingsFile(dir.resolve("settings.json")));
        CompareViewModel compare = new CompareViewModel(main.context());
        main.openTeam(coder, null);
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

    @Test
    void aCoderIsNotOfferedAcceptWhichOnlyALeadMayDo() throws Exception {
        String lead = TeamMembers.publishedSample(dir, "settle");
        String coder = TeamMembers.add(lead, "bea", "coder", dir);
        assertThat(Cli.parallax("coders", lead, "--blind", "off").exit()).isZero();

        RecordingDialogs dialogs = new RecordingDialogs();
        main = new MainViewModel(new ProjectContext(new SynchronousTasks(), dialogs),
                new SettingsFile(dir.resolve("settings.json")));
        CompareViewModel compare = new CompareViewModel(main.context());
        main.openTeam(coder, null);
        assertThat(main.context().workbench()).as(String.valueOf(dialogs.errors)).isNotNull();
        compare.coderAProperty().set("analyst");
        compare.coderBProperty().set("second-coder");
        compare.refresh();
        compare.selectedProperty().set(compare.disagreements().stream().filter(d -> d.a() != null && d.b() != null)
                .findFirst().orElseThrow());

        // before, both were enabled and each click ended in "the server refused this change"
        assertThat(compare.canAccept(Side.A).get()).isFalse();
        assertThat(compare.canAccept(Side.B).get()).isFalse();
        assertThat(compare.settleNoteProperty().get()).isEqualTo("Only a lead settles disagreements (you are coder)");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theLeadSettles() throws Exception {
        String lead = TeamMembers.publishedSample(dir, "settlelead");
        RecordingDialogs dialogs = new RecordingDialogs();
        main = new MainViewModel(new ProjectContext(new SynchronousTasks(), dialogs),
                new SettingsFile(dir.resolve("settings.json")));
        CompareViewModel compare = new CompareViewModel(main.context());
        main.openTeam(lead, null);
        compare.coderAProperty().set("analyst");
        compare.coderBProperty().set("second-coder");
        compare.selectedProperty().set(compare.disagreements().stream().filter(d -> d.a() != null)
                .findFirst().orElseThrow());

        assertThat(compare.settleNoteProperty().get()).isEmpty();
        assertThat(compare.canAccept(Side.A).get()).isTrue();
        compare.accept(Side.A);
        assertThat(dialogs.errors).isEmpty();
        assertThat(compare.summaryProperty().get()).contains("1 resolved");
    }
}
