package org.parallax.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.Segment;
import org.parallax.testutil.AssistantFixture;
import org.parallax.testutil.TestProjects;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.reports.ReportViewModel;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * A passage coded by its key while long work runs that is not an import (the Report window's Save, the assistant's
 * training, the listing of a folder to import) is saved at once: such work ran as the window's own, so the coding
 * waited behind all of it, showed nothing and was lost if the computer went down before it ended. Each work is held
 * where it begins (a test hook) while the passage is coded, and the passage must be in the project file, read through
 * a connection of its own, before the hold is let go.
 */
class CodingDuringLongWorkRobotTest extends RobotWindow {
    private static final String WORDS = "The museum was rather quiet this autumn.";
    private Path file;
    private long probe;

    @Override
    protected Path project(Path folder) throws Exception {
        file = AssistantFixture.create(folder, 6, 0);
        try (Workbench wb = Workbench.open(file)) {
            probe = TestProjects.importOne(wb, TestProjects.textFile(folder, "probe.txt",
                    AssistantFixture.englishProbe()));
        }
        return file;
    }

    @Test
    void aPassageCodedWhileAReportIsSavedIsInTheFileBeforeTheReportIsWritten(FxRobot robot) throws Exception {
        Path out = Files.createTempDirectory(dir, "report").resolve("report.html");
        ReportViewModel report = read(() -> new ReportViewModel(main.context()));

        whileHeld("report", () -> robot.interact(() -> report.save(out)), () -> codeTheProbe(robot));

        waitUntil(() -> report.outcomeProperty().get().startsWith("Report of "));
        assertThat(read(() -> report.outcomeProperty().get())).endsWith(" written to " + out);
        assertThat(out).isRegularFile();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aPassageCodedWhileAFolderIsListedForImportIsInTheFileBeforeTheListingEnds(FxRobot robot) throws Exception {
        Path folder = Files.createTempDirectory(dir, "letters");
        Files.writeString(folder.resolve("letter.txt"), "A letter imported while the researcher codes.\n");
        int listed = read(() -> main.documents().rows().size());

        whileHeld("listing", () -> robot.interact(() -> main.importer().importFiles(List.of(folder))),
                () -> codeTheProbe(robot));

        waitUntil(() -> main.documents().rows().size() == listed + 1);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aPassageCodedWhileTheAssistantTrainsIsInTheFileBeforeTheTrainingEnds(FxRobot robot) throws Exception {
        selectTab(robot, "Assistant");
        CheckBox suggest = find(robot, "#assistantSuggest", CheckBox.class);
        robot.clickOn("#assistantEvaluate");
        waitUntil(() -> !main.assistant().figures().isEmpty() && !suggest.isDisabled());

        whileHeld("training", () -> robot.clickOn(suggest), () -> codeTheProbe(robot));

        waitUntil(() -> main.assistant().statusProperty().get().startsWith("Suggestions on"));
        assertThat(dialogs.errors).isEmpty();
    }

    /** Codes the probe's words by key 1 in the main window, and waits for the passage in the window and the file. */
    private void codeTheProbe(FxRobot robot) throws Exception {
        Document document = listedDocument(d -> d.id() == probe);
        selectAndPress(robot, document, WORDS, KeyCode.DIGIT1);
        int start = read(() -> window.text().area().getText().indexOf(WORDS));
        waitUntil(() -> !main.document().passagesAt(start).isEmpty());
        waitOffTheWindow(() -> !inTheFile().isEmpty());
        Segment coded = inTheFile().get(0);
        assertThat(coded.start()).isEqualTo(start);
        assertThat(coded.end()).isEqualTo(start + WORDS.length());
    }

    private List<Segment> inTheFile() {
        try (Workbench other = Workbench.openReadOnly(file)) {
            return other.coding().segmentsOfDocument(probe);
        }
    }
}
