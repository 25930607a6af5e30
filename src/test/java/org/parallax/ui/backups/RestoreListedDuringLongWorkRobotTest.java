package org.parallax.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * File → Restore from backup… while long work runs (an export of a large project, an import): the list of backups was
 * read on the queue behind that work, so the menu item did nothing a researcher could see for as long as it took
 * (about 20 s for an export). The backups are files of their own and are listed beside the queue: the chooser opens
 * at once. The long work here is an import held before it stores its first files (a test hook).
 */
class RestoreListedDuringLongWorkRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) {
        Path project = UiFixture.createProject(folder);
        try (Workbench wb = Workbench.open(project)) {
            wb.backups().take("manual");
        }
        return project;
    }

    @Test
    void theBackupsAreListedWhileAnImportRuns(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 2);
        whileAnImportIsHeld(robot, () -> {
            robot.interact(() -> main.backups().chooseAndRestore());

            waitUntil(() -> dialogs.choicesToReplace.contains("Restore from backup"));
            assertThat(dialogs.choices).singleElement().satisfies(choice -> assertThat(choice.options())
                    .isNotEmpty());
        });
        assertThat(dialogs.errors).isEmpty();
    }
}
