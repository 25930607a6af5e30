package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.parallax.testutil.TeamSample;
import org.parallax.ui.app.MainViewModel;
import org.parallax.ui.app.SettingsFile;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.SynchronousTasks;

/**
 * A team member's window without a toolkit: the main view-model on synchronous tasks (the test's thread is their UI
 * thread), its dialogs recorded, its settings in the team test's folder, closed after the test.
 */
public final class TeamWindow implements AutoCloseable {
    public final RecordingDialogs dialogs = new RecordingDialogs();
    public final SynchronousTasks tasks = new SynchronousTasks();
    public final MainViewModel main;

    public TeamWindow(TeamSample team) {
        main = new MainViewModel(new ProjectContext(tasks, dialogs),
                new SettingsFile(team.dir().resolve("settings.json")));
        team.closeAfter(this);
    }

    /** Opens the project of a member's URL; the test stops, naming the errors shown, when it did not open. */
    public TeamWindow open(String memberUrl) {
        main.openTeam(memberUrl, null);
        assertThat(main.context().workbench()).as(String.valueOf(dialogs.errors)).isNotNull();
        return this;
    }

    @Override
    public void close() {
        main.close();
    }
}
