package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Alt with a letter goes where the letter says (Alt+D the documents list, Alt+B the codebook, Alt+H the Help menu)
 * and leaves the keyboard there, also when Alt is let go before the letter: the release of Alt does not then put the
 * menu bar in charge of the arrows.
 */
class AltMnemonicsRobotTest extends RobotWindow {

    /** Alt with a letter as a quick typist presses it: Alt let go of a moment before the letter. */
    private static void alt(FxRobot robot, KeyCode letter) {
        robot.press(KeyCode.ALT).press(letter).release(KeyCode.ALT).release(letter);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node focused() {
        return read(() -> stage.getScene().getFocusOwner());
    }

    /** The menu headings the menu bar shows highlighted: the one whose menu the arrows would open, if any. */
    private static List<String> highlightedMenus(FxRobot robot) {
        MenuBar bar = find(robot, ".menu-bar", MenuBar.class);
        return read(() -> bar.lookupAll(".menu-button").stream().filter(Node::isHover)
                .map(b -> ((MenuButton) b).getText()).toList());
    }

    private static long menusShowing() {
        return read(() -> Window.getWindows().stream().filter(w -> w instanceof ContextMenu m && m.isShowing())
                .count());
    }

    @Test
    void altDPutsTheArrowsInTheDocumentsList(FxRobot robot) throws Exception {
        waitUntil(() -> !window.text().area().getText().isEmpty());
        TableView<?> documents = find(robot, "#documentsTable", TableView.class);
        TreeView<?> codebook = find(robot, "#codebookTree", TreeView.class);
        robot.interact(() -> {
            codebook.requestFocus();
            documents.getSelectionModel().select(0);
        });

        alt(robot, KeyCode.D);
        assertThat(settled(this::focused, n -> n == documents)).as("the keyboard after Alt+D").isSameAs(documents);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(highlightedMenus(robot)).as("menus highlighted after Alt+D and Down").isEmpty();
        assertThat(menusShowing()).as("menus opened by the Down arrow after Alt+D").isZero();
        assertThat(settled(() -> documents.getSelectionModel().getSelectedIndex(), i -> i == 1))
                .as("the document chosen by Down after Alt+D").isEqualTo(1);
        assertThat(focused()).as("the keyboard after Alt+D and Down").isSameAs(documents);
    }

    @Test
    void altBPutsTheArrowsInTheCodebook(FxRobot robot) throws Exception {
        waitUntil(() -> !window.text().area().getText().isEmpty());
        TableView<?> documents = find(robot, "#documentsTable", TableView.class);
        TreeView<?> codebook = find(robot, "#codebookTree", TreeView.class);
        robot.interact(() -> {
            documents.requestFocus();
            codebook.getSelectionModel().select(0);
            codebook.getFocusModel().focus(0);
        });

        alt(robot, KeyCode.B);
        assertThat(settled(this::focused, n -> n == codebook)).as("the keyboard after Alt+B").isSameAs(codebook);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(highlightedMenus(robot)).as("menus highlighted after Alt+B and Down").isEmpty();
        assertThat(menusShowing()).as("menus opened by the Down arrow after Alt+B").isZero();
        assertThat(settled(() -> codebook.getSelectionModel().getSelectedIndex(), i -> i == 1))
                .as("the codebook row chosen by Down after Alt+B").isEqualTo(1);
    }

    @Test
    void altHOpensTheHelpMenuWhoseItemsTheArrowsAndEnterChoose(FxRobot robot) throws Exception {
        waitUntil(() -> !window.text().area().getText().isEmpty());
        robot.interact(() -> find(robot, "#documentsTable", TableView.class).requestFocus());

        alt(robot, KeyCode.H);
        waitUntil(() -> menusShowing() == 1);
        assertThat(highlightedMenus(robot)).as("menus highlighted after Alt+H").containsExactly("_Help");
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);

        waitUntil(() -> !dialogs.informations.isEmpty());
        assertThat(dialogs.informations.get(0)).as("what Alt+H, Down, Enter showed").contains("Alt+D\t");
        assertThat(menusShowing()).as("menus still open").isZero();
        assertThat(highlightedMenus(robot)).as("menus highlighted once an item was chosen").isEmpty();
    }
}
