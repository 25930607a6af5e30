package org.parallax.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Backups;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A project whose stored text was changed on disk opens in the window read-only with a banner that says so
 * and offers the newest sound backup; the banner's button restores it and reopens the project.
 */
class ProjectBannerRobotTest extends RobotWindow {
    private static final String SENTENCE = "Russia has joined the";

    @Override
    protected Path project(Path folder) throws Exception {
        Path project = UiFixture.createProject(folder);
        try (Workbench wb = Workbench.open(project)) {
            assertThat(Backups.list(project)).hasSize(1);
        }
        byte[] bytes = Files.readAllBytes(project);
        byte[] needle = SENTENCE.getBytes(StandardCharsets.US_ASCII);
        int flipped = 0;
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                bytes[i] = 'X';
                flipped++;
            }
        }
        assertThat(flipped).isPositive();
        Files.write(project, bytes);
        return project;
    }

    @Test
    void aChangedTextShowsTheBannerAndItsButtonRestoresTheBackup(FxRobot robot) throws Exception {
        Label banner = find(robot, "#projectBannerText", Label.class);
        waitUntil(() -> banner.getText().contains("is open read-only"));
        waitUntil(() -> banner.getText().contains("is open read-only")
                && find(robot, "#projectBannerRestore", Button.class).isVisible());
        assertThat(banner.getText()).contains("no longer matches the content hash");
        assertThat(robot.lookup("#projectBanner").query().isVisible()).isTrue();

        robot.clickOn("#projectBannerRestore");

        waitUntil(() -> !dialogs.informations.isEmpty());
        assertThat(dialogs.informations.get(0)).startsWith("Restored the backup of");
        waitUntil(() -> main.context().workbench() != null && banner.getText().isEmpty());
        Workbench restored = main.context().workbench();
        assertThat(restored.readOnlyReason()).isEmpty();
        String all = restored.documents().list().stream().map(d -> restored.documents().text(d.id()))
                .reduce("", String::concat);
        assertThat(all).contains(SENTENCE);
        assertThat(Backups.list(restored.file())).extracting(b -> b.reason()).contains("before restore");
        assertThat(robot.lookup("#projectBanner").query().isVisible()).isFalse();
    }
}
