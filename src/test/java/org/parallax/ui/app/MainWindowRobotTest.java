package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.parallax.ui.table1.Table1Row;
import org.testfx.api.FxRobot;

/** Wiring of the real window on headless Monocle, with real background tasks against a real project. */
class MainWindowRobotTest extends RobotWindow {
    private static final String PASSAGE = "Russia has joined the “Joint efforts” operation held by NATO";

    @Override
    protected Path project(Path folder) {
        return UiFixture.createProject(folder);
    }

    private Table1Row balanceOfPower() {
        return table1Row("Balance of power");
    }

    @Test
    void shortcutKeyCodesTheSelectionAndUndoRevertsIt(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 2 && !main.table1().rows().isEmpty());
        Document kremlin = listedDocument(d -> d.sourceFile().startsWith("2005-06-24"));
        robot.interact(() -> main.documents().select(kremlin.id()));
        InlineCssTextArea area = window.text().area();
        waitUntil(() -> area.getText().contains(PASSAGE));
        int start = read(() -> area.getText().indexOf(PASSAGE));
        int end = start + PASSAGE.length();
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(start, end);
        });
        assertThat(balanceOfPower().cells().get(3)).isEqualTo("–");

        robot.type(KeyCode.DIGIT1);

        waitUntil(() -> area.getStyleOfChar(start + 1).contains("-rtfx-background-color: #d55e00"));
        assertThat(read(() -> area.getStyleOfChar(end + 1))).isEmpty();
        waitUntil(() -> balanceOfPower().cells().get(3).equals("1 (1)"));
        waitUntil(() -> main.undo().undoLabelProperty().get().equals("Undo Code passage with Balance of power"));

        robot.interact(area::requestFocus);
        robot.push(KeyCode.CONTROL, KeyCode.Z);

        waitUntil(() -> area.getStyleOfChar(start + 1).isEmpty());
        waitUntil(() -> balanceOfPower().cells().get(3).equals("–"));

        robot.push(KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> balanceOfPower().cells().get(3).equals("1 (1)"));

        Path csv = dir.resolve("passages.csv");
        robot.interact(() -> main.exchange().exportPassagesCsv(csv));
        waitUntil(() -> read(() -> main.status().lastResultProperty().get())
                .equals("Passages written to " + csv));
        assertThat(Files.readString(csv)).contains(PASSAGE).contains("Balance of power");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void failedImportShowsTheErrorAndLeavesTheProjectUnchanged(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 2);
        Path empty = Files.createFile(dir.resolve("empty-" + System.nanoTime() + ".txt"));

        robot.interact(() -> main.importer().importFiles(List.of(empty)));

        waitUntil(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0)).contains(empty.getFileName().toString())
                .contains("could not be imported");
        waitUntil(() -> !main.importer().runningProperty().get());
        assertThat(copy(main.documents()::rows)).hasSize(2);
        assertThat(main.context().workbench().documents().list()).hasSize(2);
    }
}
