package org.parallax.ui.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.MemoKind;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamMembers;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.app.MainViewModel;
import org.parallax.ui.app.SettingsFile;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.SynchronousTasks;

/**
 * The memo pane of a team coder on a document memo the lead wrote, in blind mode: it said the memo could be read
 * "until blind mode is off", which a coder cannot switch; it now says a lead switches it off, and a lead's pane keeps
 * the plain line.
 */
@NeedsTestServer
class TeamBlindMemoPaneViewModelTest {
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
    void aCoderIsToldALeadSwitchesBlindModeOffAndALeadIsNot() throws Exception {
        String owner = TeamMembers.publishedSample(dir, "blindpane");
        String leader = TeamMembers.add(owner, "lena", "lead", dir);
        String coder = TeamMembers.add(owner, "ann", "coder", dir);
        String other = TeamMembers.add(owner, "ben", "lead", dir);
        Cli.ok("memo", other, "--doc", "1", "--text", "Ben's reading");
        Cli.ok("coders", leader, "--blind", "on");

        assertThat(hiddenLineSeenBy(coder)).endsWith("until a lead switches blind mode off");
        assertThat(hiddenLineSeenBy(leader)).isEqualTo(MemoViewModel.HIDDEN);
    }

    /** The line the memo pane shows under document 1's memo for the member of that URL. */
    private String hiddenLineSeenBy(String memberUrl) {
        if (main != null) {
            main.close();
        }
        RecordingDialogs dialogs = new RecordingDialogs();
        main = new MainViewModel(new ProjectContext(new SynchronousTasks(), dialogs),
                new SettingsFile(dir.resolve("settings.json")));
        main.openTeam(memberUrl, null);
        assertThat(main.context().workbench()).as(String.valueOf(dialogs.errors)).isNotNull();
        MemoViewModel memo = main.memo();
        memo.kindProperty().set(MemoKind.DOCUMENT);
        memo.documentIdProperty().set(1L);
        assertThat(memo.availableProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();
        return memo.detailsProperty().get();
    }
}
