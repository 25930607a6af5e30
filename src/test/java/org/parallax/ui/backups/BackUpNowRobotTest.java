package org.parallax.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Backup;
import org.parallax.workbench.Backups;
import org.testfx.api.FxRobot;

/**
 * A researcher about to try something risky (an auto-code, a merge of a colleague's project) wants a backup first, as
 * NVivo's and QualCoder's users make one. The window offered File → Restore from backup… but no way to make one; the
 * command line's `backup` was the only way. File → Back up now takes one and the status bar says where it went.
 */
class BackUpNowRobotTest extends RobotWindow {

    @Override
    protected Path project(Path folder) {
        return UiFixture.createProject(folder);
    }

    @Test
    void fileBackUpNowWritesABackupAndSaysWhere(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 2);
        Path project = Path.of(main.context().workbench().location());

        MenuItem backUp = menuItem(robot, "File", "Back up now");
        assertThat(backUp.isDisable()).isFalse();
        robot.interact(backUp::fire);

        waitUntil(() -> manual(project).size() == 1
                && main.status().lastResultProperty().get().startsWith("Backup written to "));
        Backup taken = manual(project).get(0);
        assertThat(read(() -> main.status().lastResultProperty().get()))
                .isEqualTo("Backup written to " + taken.file());
        assertThat(Backups.summarise(taken).passages()).isEqualTo(main.context().workbench().passageCount());
        assertThat(dialogs.errors).isEmpty();
    }

    private static List<Backup> manual(Path project) {
        return Backups.list(project).stream().filter(b -> b.reason().equals("manual")).toList();
    }
}
