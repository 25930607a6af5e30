package org.parallax.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.ui.RobotWindow;
import org.parallax.workbench.SampleProject;
import org.parallax.workbench.SmallDisk;
import org.testfx.api.FxRobot;

/**
 * A passage coded by its key while the disk holding the project is full (a real small disk, filled): the coding is
 * refused in one line that says what to do, and the selection stays, so once space is freed the same key codes it.
 */
class CodingOnAFullDiskRobotTest extends RobotWindow {
    private static final String SENTENCE = "The Parties to this Treaty";
    private static SmallDisk disk;

    @Override
    protected Path project(Path folder) throws Exception {
        disk = SmallDisk.mountOrSkip(folder.resolve("disk"), 16);
        Path project = disk.folder().resolve("study.parallax");
        SampleProject.build(Path.of("samples"), project);
        return project;
    }

    /** After the window closed the project (each test's end): the disk goes before the folder it is mounted on. */
    @AfterAll
    static void unmount() throws Exception {
        if (disk != null) {
            disk.close();
        }
    }

    @Test
    void codingRefusedByAFullDiskKeepsTheSelectionAndCodesOnceSpaceIsFreed(FxRobot robot) throws Exception {
        waitUntil(() -> main.context().workbench() != null && !main.documents().rows().isEmpty()
                && !main.codebook().roots().isEmpty());
        // The checks and the backup after opening are done before the disk fills, as a disk fills later on.
        drainTasks();
        waitOffTheWindow(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("parallax-aside") && t.isAlive()));
        Document treaty = listedDocument(d -> d.title().equals("North Atlantic Treaty"));
        robot.interact(() -> main.documents().select(treaty.id()));
        InlineCssTextArea area = window.text().area();
        waitUntil(() -> area.getText().contains(SENTENCE));
        int passagesBefore = fromProject(wb -> wb.coding().segments().size());
        int start = read(() -> area.getText().indexOf(SENTENCE));
        IndexRange selected = new IndexRange(start, start + SENTENCE.length());
        Path filler = disk.leaveRoom("filler", 0);

        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(selected.getStart(), selected.getEnd());
        });
        robot.type(KeyCode.DIGIT1);

        waitUntil(() -> !dialogs.errors.isEmpty());
        assertThat(read(area::getSelection)).as("the selection kept").isEqualTo(selected);
        assertThat(dialogs.errors).singleElement().asString().doesNotContain("\n")
                .contains("the disk is full; nothing of this change was saved")
                .contains("free some space on the disk, then code the passage again: the selection is kept");
        int passagesRefused = fromProject(wb -> wb.coding().segments().size());
        assertThat(passagesRefused).isEqualTo(passagesBefore);

        Files.delete(filler);
        robot.interact(area::requestFocus);
        robot.type(KeyCode.DIGIT1);

        waitUntilProject(wb -> wb.coding().segments().size() == passagesBefore + 1);
        List<String> coded = fromProject(wb -> wb.coding().segments().stream().filter(s -> s.documentId() == treaty.id())
                .map(s -> wb.documents().text(treaty.id()).substring(s.start(), s.end())).toList());
        assertThat(coded).contains(SENTENCE);
    }
}
