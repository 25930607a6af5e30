package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.parallax.model.Code;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The menus' keys, as in other QDA programs: File → Recent projects numbers its entries 1 to 9, each opened by its
 * digit, and Edit → Undo keeps its U when its label names the step; a name holding "_" (a code "Elite_cohesion", a
 * folder "my_projects") shows whole: its underscore was taken for a mnemonic and vanished; and a menu's letter keeps
 * opening it after the other menus were used.
 */
class MenuMnemonicsRobotTest extends RobotWindow {
    private Path other;

    @Override
    protected Settings settings(Settings sized, Path project) {
        other = UiFixture.createProject(createFolder(project.resolveSibling("my_projects")));
        return sized.withProject(other.toAbsolutePath().toString()).withProject(project.toAbsolutePath().toString());
    }

    private static Path createFolder(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void alt(FxRobot robot, KeyCode letter) {
        robot.press(KeyCode.ALT).press(letter).release(letter).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The texts the open menus show, as drawn: mnemonic marks left out. */
    private static List<String> shownTexts() {
        return read(() -> Window.getWindows().stream().filter(w -> w instanceof ContextMenu m && m.isShowing())
                .flatMap(w -> w.getScene().getRoot().lookupAll(".text").stream())
                .filter(Text.class::isInstance).map(t -> ((Text) t).getText()).toList());
    }

    private static long menusShowing() {
        return read(() -> Window.getWindows().stream().filter(w -> w instanceof ContextMenu m && m.isShowing())
                .count());
    }

    @Test
    void aRecentProjectOpensByItsDigitAndShowsItsPathWhole(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        String second = other.toAbsolutePath().toString();

        alt(robot, KeyCode.F);
        waitUntil(() -> menusShowing() == 1);
        robot.type(KeyCode.R);
        waitUntil(() -> menusShowing() == 2);
        assertThat(shownTexts()).as("the entries of File → Recent projects, as shown").contains("2 " + second);
        robot.type(KeyCode.DIGIT2);

        waitUntil(() -> second.equals(read(() -> main.context().workbench() == null ? null
                : main.context().workbench().location())));
        assertThat(menusShowing()).as("menus still open").isZero();
    }

    @Test
    void undoKeepsItsKeyAndTheCodesUnderscoreWhenItsLabelNamesTheStep(FxRobot robot) throws Exception {
        waitUntil(() -> !window.text().area().getText().isEmpty());
        Workbench wb = main.context().workbench();
        long document = read(() -> main.document().documentProperty().get().id());
        Code code = wb.codebook().addCode("Elite_cohesion", null, null, null, null);
        long passage = wb.coding().code(document, 0, 4, code.id(), null).id();
        waitUntil(() -> main.undo().undoLabelProperty().get().equals("Undo Code passage with Elite_cohesion"));
        robot.interact(() -> find(robot, "#documentsTable", javafx.scene.Node.class).requestFocus());

        alt(robot, KeyCode.E);
        waitUntil(() -> menusShowing() == 1);
        assertThat(shownTexts()).as("the Edit menu, as shown").contains("Undo Code passage with Elite_cohesion");
        robot.type(KeyCode.U);

        waitUntilProject(w -> w.analysis().countedPassages().stream().noneMatch(s -> s.id() == passage));
        assertThat(menusShowing()).as("menus still open").isZero();
    }

    /**
     * Once Codebook → Add frame… had been chosen by its letter (Alt+C, F) and the form closed, Alt+F no longer opened the
     * File menu for the rest of the session: JavaFX left the letters of the menus shown behind, empty.
     */
    @Test
    void altFOpensTheFileMenuAfterAFrameWasAddedByTheCodebookMenusLetter(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        alt(robot, KeyCode.C);
        waitUntil(() -> menusShowing() == 1);
        robot.type(KeyCode.F);
        waitUntil(() -> menusShowing() == 0 && windowsShowing() == 2);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> windowsShowing() == 1);
        alt(robot, KeyCode.F);
        waitUntil(() -> menusShowing() == 1);
        assertThat(shownTexts()).as("the menu Alt+F opened").contains("New project…", "Quit");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> menusShowing() == 0);

        for (KeyCode letter : List.of(KeyCode.E, KeyCode.C, KeyCode.H)) {
            alt(robot, letter);
            waitUntil(() -> menusShowing() == 1);
            robot.type(KeyCode.ESCAPE);
            waitUntil(() -> menusShowing() == 0);
        }
        alt(robot, KeyCode.F);
        waitUntil(() -> menusShowing() == 1);
        assertThat(shownTexts()).as("the menu Alt+F opened after every other menu").contains("New project…");
    }

    private static long windowsShowing() {
        return read(() -> Window.getWindows().stream().filter(Window::isShowing).count());
    }
}
