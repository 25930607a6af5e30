package org.parallax.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.testutil.DamagedPages;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * The page of passages zeroed while the window has the project open, then a passage coded by its key: the coding was
 * refused in one line, but the window stayed writable with no banner, and a memo typed next was saved into the damaged
 * file ("Everything is saved"). Now the project turns read-only as it does for damage found on opening: the banner
 * says why and offers the newest sound backup, which its button restores. The refusal's box names the window's way
 * back, File → Restore from backup…, where it named the command line's {@code parallax restore}.
 */
class DamageFoundWhileOpenRobotTest extends ReadOnlyBannerRobotWindow {
    private static final String SENTENCE = "The Parties to this Treaty";

    @Override
    protected Path project(Path folder) throws Exception {
        return sampleWithABackup(folder);
    }

    @Test
    void aPageFoundDamagedByACodingTurnsTheProjectReadOnlyAndOffersTheBackup(FxRobot robot) throws Exception {
        waitUntil(() -> main.context().workbench() != null && !main.documents().rows().isEmpty()
                && !main.codebook().roots().isEmpty());
        // The checks after opening read every page: the damage is made once they are done, as a disk fails later on.
        drainTasks();
        waitOffTheWindow(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("parallax-aside") && t.isAlive()));
        assertThat(read(() -> main.context().workbench().readOnlyReason())).isEmpty();
        DamagedPages.zeroRootPage(main.context().workbench().file(), "segments");

        Document treaty = listedDocument(d -> d.title().equals("North Atlantic Treaty"));
        selectAndPress(robot, treaty, SENTENCE, KeyCode.DIGIT1);

        waitUntil(() -> !dialogs.errors.isEmpty());
        // The window's way back, where the box named the command line's (parallax check, parallax restore).
        assertThat(dialogs.errors).singleElement().asString().isEqualTo("study.parallax is damaged: SQLite cannot "
                + "read part of it; nothing was changed. The way back is a backup that passes the check: File → "
                + "Restore from backup… lists them.");
        assertThat(readOnlyBanner(robot)).isEqualTo("study.parallax is open read-only: the file is damaged (SQLite "
                + "could not read part of it while it was open). Nothing you do now is saved. The way back is a backup "
                + "that passes the check: File → Restore from backup… lists them.");

        Workbench restored = restoreFromTheBanner(robot);
        assertThat(restored.integrityCheck()).isEqualTo("ok");
        assertThat(restored.coding().segments()).hasSize(71);
    }
}
