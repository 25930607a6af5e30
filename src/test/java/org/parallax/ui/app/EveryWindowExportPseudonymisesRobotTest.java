package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.parallax.testutil.NamedInterview;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;

/**
 * With File → Export → Pseudonymise every export ticked, every writer of the window — each item of File → Export,
 * the Report window's Save and every tab's own export button, all found in the window rather than listed — writes
 * no trace of the interviewer's name (a real interview, {@link NamedInterview}), or is refused in words: a picture
 * of the window (PNG) shows the names and is not written. A new export button or menu item that writes a name fails.
 */
class EveryWindowExportPseudonymisesRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) {
        return NamedInterview.project(folder);
    }

    @Test
    void everyWriterOfTheWindowNamesNoOneWhileEveryExportIsPseudonymised(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 1 && window.text().area().getLength() > 0);
        Path out = Files.createTempDirectory(dir, "out");
        Map<String, Path> written = new LinkedHashMap<>();
        dialogs.saveAs = suggested -> out.resolve(written.size() + "-" + suggested);
        CheckMenuItem all = (CheckMenuItem) menuItem(robot, "File", "Export", "Pseudonymise every export");
        robot.interact(() -> {
            all.setSelected(true);
            all.fire();
        });
        waitUntil(() -> main.exchange().pseudonymiseEveryExportProperty().get());

        List<MenuItem> items = copy(() -> ((Menu) menuItem(robot, "File", "Export")).getItems());
        for (MenuItem item : items) {
            if (item instanceof CheckMenuItem || item instanceof SeparatorMenuItem) {
                continue;
            }
            String text = read(item::getText).replace("_", "");
            if (text.startsWith("Report")) {
                continue;
            }
            write(robot, "File → Export → " + text, () -> robot.interact(item::fire), written, out);
        }
        robot.interact(menuItem(robot, "File", "Export", "Report (Word or HTML)…")::fire);
        waitUntil(() -> reportStage() != null && reportStage().getScene().lookup("#reportSave") != null);
        write(robot, "Report window → Save", () -> robot.interact(() -> ((Button) reportStage().getScene()
                .lookup("#reportSave")).fire()), written, out);
        robot.interact(() -> reportStage().close());

        TabPane tabs = find(robot, "#bottomTabs", TabPane.class);
        for (Tab tab : copy(tabs::getTabs)) {
            String title = read(tab::getText);
            selectTab(robot, title);
            waitUntil(() -> tab.getContent() != null);
            drainTasks();
            for (Node button : copy(() -> List.copyOf(tab.getContent().lookupAll(".export-button")))) {
                String what = title + " → " + read(((Button) button)::getText);
                write(robot, what, () -> robot.interact(() -> ((Button) button).fire()), written, out);
            }
        }

        List<String> leaks = new ArrayList<>();
        written.forEach((what, file) -> NamedInterview.namesIn(file).stream().findFirst()
                .ifPresent(name -> leaks.add(what + " (" + file.getFileName() + "): " + name)));
        assertThat(leaks).as("files the window wrote that name the interviewer").isEmpty();
        assertThat(written.keySet()).as("the writers found").contains("File → Export → Table 1 to Excel (.xlsx)…",
                "File → Export → Codebook (JSON)…", "Analysis → Export to Excel…", "Analysis → Export SVG…",
                "Timeline → Export to Excel…", "Codes → Export frequencies to Excel…", "Memos → Export…",
                "Report window → Save");
        assertThat(dialogs.errors).as("only pictures of the window are refused").isNotEmpty()
                .allMatch(error -> error.contains("a PNG is a picture of the window"));
    }

    /**
     * The Report window's "Pseudonymise the saved file" box showed unticked while File → Export → Pseudonymise every
     * export was ticked (and the file was pseudonymised all the same): it now shows the tick, greyed, both when the
     * window opens after the tick and when the tick changes while it is open, and the researcher's own choice after.
     */
    @Test
    void theReportWindowsBoxShowsTheTickOfEveryExport(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 1);
        CheckMenuItem all = (CheckMenuItem) menuItem(robot, "File", "Export", "Pseudonymise every export");
        robot.interact(() -> {
            all.setSelected(true);
            all.fire();
        });
        waitUntil(() -> main.exchange().pseudonymiseEveryExportProperty().get());
        robot.interact(menuItem(robot, "File", "Export", "Report (Word or HTML)…")::fire);
        waitUntil(() -> reportStage() != null && reportStage().getScene().lookup("#reportPseudonymise") != null);
        CheckBox box = (CheckBox) read(() -> reportStage().getScene().lookup("#reportPseudonymise"));

        waitUntil(() -> box.isSelected() && box.isDisabled());

        robot.interact(() -> {
            all.setSelected(false);
            all.fire();
        });
        waitUntil(() -> !box.isSelected() && !box.isDisabled());
        robot.interact(() -> box.setSelected(true));
        robot.interact(() -> {
            all.setSelected(true);
            all.fire();
        });
        waitUntil(() -> box.isSelected() && box.isDisabled());
        robot.interact(() -> {
            all.setSelected(false);
            all.fire();
        });
        waitUntil(() -> box.isSelected() && !box.isDisabled());
        robot.interact(() -> reportStage().close());
    }

    /** Runs one writer and waits until its file is written or it was refused; a file written is kept to read. */
    private void write(FxRobot robot, String what, Runnable fire, Map<String, Path> written, Path out)
            throws Exception {
        int errors = dialogs.errors.size();
        List<Path> before;
        try (var files = Files.list(out)) {
            before = files.toList();
        }
        fire.run();
        waitOffTheWindow(() -> dialogs.errors.size() > errors || newFile(out, before) != null);
        waitUntil(() -> !main.exchange().runningProperty().get());
        Path file = newFile(out, before);
        if (file != null) {
            written.put(what, file);
        }
    }

    private static Path newFile(Path out, List<Path> before) throws Exception {
        try (var files = Files.list(out)) {
            return files.filter(f -> !before.contains(f) && !f.getFileName().toString().startsWith("."))
                    .findFirst().orElse(null);
        }
    }

    private static Stage reportStage() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && "Report".equals(s.getTitle())
                && s.isShowing())
                .map(Stage.class::cast).findFirst().orElse(null);
    }
}
