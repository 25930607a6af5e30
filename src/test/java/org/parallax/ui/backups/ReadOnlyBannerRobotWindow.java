package org.parallax.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.parallax.ui.RobotWindow;
import org.parallax.workbench.Backups;
import org.parallax.workbench.SampleProject;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/** A damaged project the window opens read-only, with a banner that says why and offers the newest sound backup. */
abstract class ReadOnlyBannerRobotWindow extends RobotWindow {
    /** The sample as {@code study.parallax} in {@code folder}, opened once so that it has the backup the banner offers. */
    protected static Path sampleWithABackup(Path folder) throws Exception {
        Path project = folder.resolve("study.parallax");
        SampleProject.build(Path.of("samples"), project);
        try (Workbench wb = Workbench.open(project)) {
            assertThat(Backups.list(project)).isNotEmpty();
        }
        return project;
    }

    /** Waits for the read-only banner and its restore button, and returns what the banner says. */
    protected static String readOnlyBanner(FxRobot robot) throws Exception {
        waitUntil(() -> text(robot, "#projectBannerText").contains("is open read-only")
                && visible(robot, "#projectBannerRestore"));
        assertThat(visible(robot, "#projectBanner")).isTrue();
        return text(robot, "#projectBannerText");
    }

    /** Presses the banner's restore button; returns the project reopened writable, the banner gone. */
    protected Workbench restoreFromTheBanner(FxRobot robot) throws Exception {
        robot.clickOn("#projectBannerRestore");
        waitUntil(() -> !dialogs.informations.isEmpty());
        assertThat(dialogs.informations.get(0)).startsWith("Restored the backup of");
        waitUntil(() -> main.context().workbench() != null && text(robot, "#projectBannerText").isEmpty());
        Workbench restored = main.context().workbench();
        assertThat(restored.readOnlyReason()).isEmpty();
        assertThat(visible(robot, "#projectBanner")).isFalse();
        return restored;
    }
}
