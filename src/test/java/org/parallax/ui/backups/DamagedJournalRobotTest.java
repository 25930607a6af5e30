package org.parallax.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.testutil.KilledWriterLog.flip;
import static org.parallax.testutil.KilledWriterLog.frameStart;
import static org.parallax.testutil.KilledWriterLog.log;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.io.CodebookTemplates;
import org.parallax.model.Document;
import org.parallax.testutil.KilledWriterLog;
import org.parallax.ui.RobotWindow;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * A project whose journal (-wal) was damaged after its writer was killed opens in the window read-only: the banner
 * names the damage and the saves that cannot be read, a coding gesture is refused in one line, and neither the
 * journal nor the file is written (folding the readable part in would write over the rest for good).
 */
class DamagedJournalRobotTest extends RobotWindow {
    private static final String SENTENCE = "The Council met in Rome";
    private int saves;
    private byte[] damagedLog;

    @Override
    protected Path project(Path here) throws Exception {
        Path made = Files.createDirectories(here.resolve("made"));
        Path original = KilledWriterLog.project(made);
        try (Workbench wb = Workbench.open(original)) {
            wb.codebook().install(CodebookTemplates.named("table1"));
        }
        Path project = KilledWriterLog.killedAfterSaves(original, here.resolve("left"), false);
        saves = KilledWriterLog.commits(project);
        flip(project, frameStart(0) + 24 + 2000, 3);
        damagedLog = Files.readAllBytes(log(project));
        return project;
    }

    @Test
    void theBannerNamesTheDamagedJournalAndACodingGestureIsRefused(FxRobot robot) throws Exception {
        Label banner = find(robot, "#projectBannerText", Label.class);
        waitUntil(() -> read(banner::getText).contains("is open read-only"));
        assertThat(read(banner::getText)).startsWith("study.parallax is open read-only: its journal "
                + "(study.parallax-wal, changes not yet written into the file) is damaged at byte 32: the " + saves
                + " saves written after that point cannot be read and are not shown; a copy of the journal is kept at ")
                .endsWith("Nothing you do now is saved. The way back is a backup that passes the check: File → "
                        + "Restore from backup… lists them.");
        assertThat(visible(robot, "#projectBanner")).isTrue();

        waitUntil(() -> !main.documents().rows().isEmpty() && !main.codebook().roots().isEmpty());
        Document rome = listedDocument(d -> d.sourceFile().startsWith("b.txt"));
        selectAndPress(robot, rome, SENTENCE, KeyCode.DIGIT1);

        waitUntil(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("study.parallax is open read-only: its journal (study.parallax-wal");
        Workbench wb = main.context().workbench();
        assertThat(wb.coding().segmentsOfDocument(rome.id())).isEmpty();
        assertThat(Files.readAllBytes(log(wb.file()))).as("the journal, never folded in nor written over")
                .isEqualTo(damagedLog);
    }
}
