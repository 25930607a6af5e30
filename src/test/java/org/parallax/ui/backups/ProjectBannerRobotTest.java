package org.parallax.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Backups;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * A project whose stored text was changed on disk opens in the window read-only with a banner that says so
 * and offers the newest sound backup; the banner's button restores it and reopens the project.
 */
class ProjectBannerRobotTest extends ReadOnlyBannerRobotWindow {
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
        assertThat(readOnlyBanner(robot)).contains("no longer matches the content hash");

        Workbench restored = restoreFromTheBanner(robot);
        String all = restored.documents().list().stream().map(d -> restored.documents().text(d.id()))
                .reduce("", String::concat);
        assertThat(all).contains(SENTENCE);
        assertThat(Backups.list(restored.file())).extracting(b -> b.reason()).contains("before restore");
    }
}
