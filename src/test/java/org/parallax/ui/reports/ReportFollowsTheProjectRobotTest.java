package org.parallax.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.ui.RobotWindow;
import org.parallax.workbench.Reports;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * A researcher opens the Report window (Ctrl+R), narrows it to their own passages, goes back to the main window and
 * codes one more passage: the window's count and preview follow, the choice made stays, and Save writes what the
 * window shows. Before, the window kept the count it opened with ("71 passages in the report") while Save wrote 72.
 */
class ReportFollowsTheProjectRobotTest extends RobotWindow {
    @Test
    void aPassageCodedWhileTheReportWindowIsOpenShowsInItsCountPreviewAndSavedFile(FxRobot robot) throws Exception {
        waitUntil(() -> main.context().isOpen() && !main.documents().rows().isEmpty());
        Workbench wb = main.context().workbench();
        String analyst = wb.activeCoder().name();
        robot.push(KeyCode.CONTROL, KeyCode.R);
        waitUntil(() -> reportStage() != null);
        Stage report = read(ReportFollowsTheProjectRobotTest::reportStage);
        ComboBox<String> coder = read(() -> comboIn(report, "#reportCoder"));
        waitUntil(() -> coder.getItems().contains(analyst));
        robot.interact(() -> coder.setValue(analyst));
        ComboBox<Reports.Format> format = read(() -> comboIn(report, "#reportFormat"));
        robot.interact(() -> format.setValue(Reports.Format.HTML));
        int before = (int) wb.exports().segmentRows().stream().filter(r -> r.coder().equals(analyst)).count();
        waitUntil(() -> summary(report).startsWith(before + " passages in the report"));

        // the first 60 characters of the last document, coded in the main window
        Document last = wb.documents().list().get(wb.documents().list().size() - 1);
        String quote = wb.documents().text(last.id()).substring(0, 60);
        main.context().write(w -> w.coding().code(last.id(), 0, 60, w.codebook().code("Balance of power").id(), null));

        waitUntil(() -> summary(report).startsWith((before + 1) + " passages in the report"));
        assertThat(read(coder::getValue)).isEqualTo(analyst);
        Path out = Files.createTempDirectory(dir, "report").resolve("report.html");
        dialogs.pathAnswers.add(out);
        robot.interact(() -> ((javafx.scene.control.Button) report.getScene().lookup("#reportSave")).fire());
        String written = "Report of " + (before + 1) + " passages written to " + out;
        waitUntil(() -> Files.isRegularFile(out) && read(() -> written.equals(
                ((Label) report.getScene().lookup("#reportOutcome")).getText())));
        assertThat(Files.readString(out)).contains(quote.strip().substring(0, 20));
        assertThat(summary(report)).startsWith((before + 1) + " passages in the report");
        robot.interact(report::close);
        assertThat(dialogs.errors).isEmpty();
    }

    private static String summary(Stage report) throws Exception {
        return read(() -> ((Label) report.getScene().lookup("#reportSummary")).getText());
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> comboIn(Stage stage, String id) {
        return (ComboBox<T>) stage.getScene().lookup(id);
    }

    private static Stage reportStage() {
        return javafx.stage.Window.getWindows().stream().filter(win -> win instanceof Stage s
                && "Report".equals(s.getTitle()) && s.isShowing()).map(Stage.class::cast).findFirst().orElse(null);
    }
}
