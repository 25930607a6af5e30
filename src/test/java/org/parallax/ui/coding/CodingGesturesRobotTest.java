package org.parallax.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.Segment;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Each coding gesture codes exactly the selected text, and reading a code's guide codes nothing. */
class CodingGesturesRobotTest extends RobotWindow {
    private static final String PASSAGE = "Russia has joined the “Joint efforts” operation held by NATO";
    private static final String CODE = "Balance of power";
    private static final String NOTHING_SELECTED = "No text is selected: drag over the passage (or Shift+arrow keys), "
            + "then double-click the code, press its key or Code selection";

    private InlineCssTextArea area;
    private Document kremlin;
    private String text;

    @Override
    protected Path project(Path folder) {
        return UiFixture.createProject(folder);
    }

    @BeforeEach
    void openTheKremlinReadout(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 2 && !main.codebook().roots().isEmpty());
        kremlin = listedDocument(d -> d.sourceFile().startsWith("2005-06-24"));
        robot.interact(() -> main.documents().select(kremlin.id()));
        area = window.text().area();
        waitUntil(() -> area.getText().contains(PASSAGE));
        text = read(area::getText);
    }

    /** The passages of the Kremlin readout, read after the work queued before. */
    private List<Segment> passages() throws Exception {
        return fromProject(this::passagesIn);
    }

    private List<Segment> passagesIn(Workbench wb) {
        return wb.coding().segmentsOfDocument(kremlin.id());
    }

    private void select(FxRobot robot, int start, int end) {
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(start, end);
        });
    }

    private Point2D inside(int from, int to) throws Exception {
        Bounds bounds = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(from, to).orElseThrow()).get();
        return new Point2D(bounds.getCenterX(), bounds.getCenterY());
    }

    @Test
    void draggingFromInsideTheSelectionCodesExactlyThatSelection(FxRobot robot) throws Exception {
        int start = text.indexOf(PASSAGE);
        int end = start + PASSAGE.length();
        select(robot, start, end);
        Point2D grip = inside(start + 20, start + 21);

        robot.moveTo(grip).press(MouseButton.PRIMARY);
        robot.moveBy(8, 0).moveBy(30, 10).moveTo(codebookCell(robot, CODE)).release(MouseButton.PRIMARY);

        waitUntilProject(wb -> !passagesIn(wb).isEmpty());
        assertThat(passages()).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo(start);
            assertThat(s.end()).isEqualTo(end);
        });
    }

    @Test
    void pressingInsideTheSelectionWithoutDraggingPlacesTheCaret(FxRobot robot) throws Exception {
        int start = text.indexOf(PASSAGE);
        select(robot, start, start + PASSAGE.length());
        robot.moveTo(inside(start + 20, start + 21)).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(read(() -> area.getSelection().getLength())).isZero();
        assertThat(passages()).isEmpty();
    }

    @Test
    void aSingleClickOnACodeShowsItsGuideAndCodesNothing(FxRobot robot) throws Exception {
        int start = text.indexOf(PASSAGE);
        select(robot, start, start + PASSAGE.length());

        robot.clickOn(codebookCell(robot, CODE));
        waitUntil(() -> main.guide().guideProperty().get().heading().contains(CODE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(passages()).isEmpty();
        assertThat(read(area::getSelectedText)).isEqualTo(PASSAGE);

        robot.doubleClickOn(codebookCell(robot, CODE));
        waitUntilProject(wb -> passagesIn(wb).size() == 1);
    }

    @Test
    void theCodeSelectionButtonCodesWithTheSelectedCode(FxRobot robot) throws Exception {
        int start = text.indexOf(PASSAGE);
        robot.clickOn(codebookCell(robot, CODE));
        select(robot, start, start + PASSAGE.length());
        robot.clickOn("#codeSelection");
        waitUntilProject(wb -> passagesIn(wb).size() == 1);
        assertThat(passages().get(0).start()).isEqualTo(start);
    }

    /**
     * A new user double-clicks a code (or presses Code selection) before selecting any text, as NVivo's users open a
     * node by double-clicking it: nothing happened and nothing said why. The status bar now says what to do first.
     */
    @Test
    void codingWithNothingSelectedSaysToSelectTheTextFirst(FxRobot robot) throws Exception {
        select(robot, 0, 0);

        robot.doubleClickOn(codebookCell(robot, CODE));

        String said = settled(() -> main.status().lastResultProperty().get(), s -> !s.isEmpty());
        assertThat(said).isEqualTo(NOTHING_SELECTED);
        robot.interact(() -> main.status().lastResultProperty().set(""));
        robot.clickOn("#codeSelection");
        assertThat(settled(() -> main.status().lastResultProperty().get(), s -> !s.isEmpty()))
                .isEqualTo(NOTHING_SELECTED);
        assertThat(passages()).isEmpty();
    }

    /** A code's key pressed in the document with nothing selected says so too; it said nothing. */
    @Test
    void aCodesKeyWithNothingSelectedSaysToSelectTheTextFirst(FxRobot robot) throws Exception {
        select(robot, 0, 0);

        robot.type(KeyCode.DIGIT1);

        assertThat(settled(() -> main.status().lastResultProperty().get(), s -> !s.isEmpty()))
                .isEqualTo(NOTHING_SELECTED);
        assertThat(passages()).isEmpty();
    }

    @Test
    void aSelectionEndingMidWordIsSnappedToTheWholeWordByDefault(FxRobot robot) throws Exception {
        String words = "Mediterranean, which";
        int start = text.indexOf(words);
        // "Mediterr|anean": the selection ends inside a word.
        select(robot, start, start + 8);
        robot.type(KeyCode.DIGIT1);
        waitUntilProject(wb -> passagesIn(wb).size() == 1);
        assertThat(text.substring(passages().get(0).start(), passages().get(0).end())).isEqualTo("Mediterranean");
    }

    /**
     * A right-click on a coded passage opens its menu with the harmless items first, under the pointer, and the
     * removal last after a separator: a right-click followed by a slip of the finger removes nothing.
     */
    @Test
    void thePassageMenuPutsRemoveLastAfterASeparator(FxRobot robot) throws Exception {
        int start = text.indexOf(PASSAGE);
        select(robot, start, start + PASSAGE.length());
        robot.type(KeyCode.DIGIT1);
        waitUntilProject(wb -> passagesIn(wb).size() == 1);
        robot.interact(() -> area.deselect());

        // Headless Monocle turns no right-click into a context-menu request: the window gets the request a
        // right-click makes, at the passage, and shows its real menu.
        ContextMenu menu = rightClick(robot, start + 20);
        List<String> items = read(() -> menu.getItems().stream()
                .map(i -> i instanceof SeparatorMenuItem ? "—" : i.getText()).toList());
        assertThat(items.get(0)).startsWith("Edit memo of");
        assertThat(items).last().asString().startsWith("Remove “");
        assertThat(items.get(items.size() - 2)).isEqualTo("—");
        assertThat(items.subList(0, items.size() - 1)).noneMatch(i -> i.startsWith("Remove"));
        robot.interact(menu::hide);
    }

    /**
     * A right-click on a selection offered only "Use selection as evidence…": a researcher who codes by the context
     * menu could not. "Code selection as" lists the codes under their frames, each with its coding key, and codes
     * exactly the selection.
     */
    @Test
    void theContextMenuOfASelectionCodesItWithTheCodeChosenUnderItsFrame(FxRobot robot) throws Exception {
        int start = text.indexOf(PASSAGE);
        int end = start + PASSAGE.length();
        select(robot, start, end);
        ContextMenu menu = rightClick(robot, start + 20);
        MenuItem item = read(() -> {
            Menu codeAs = (Menu) menu.getItems().get(0);
            assertThat(read(codeAs::getText)).isEqualTo("Code selection as");
            assertThat(copy(codeAs::getItems)).extracting(MenuItem::getText)
                    .containsExactly("Realism", "Constructivism", "Scenarios");
            Menu realism = (Menu) codeAs.getItems().get(0);
            return realism.getItems().stream().filter(i -> i.getText().startsWith(CODE + " (")).findFirst()
                    .orElseThrow();
        });
        // "Balance of power (1)" read as one passage coded, where the codebook beside it says 16: the 1 is its key.
        assertThat(read(item::getText)).isEqualTo(CODE + " (key 1)");
        robot.interact(() -> {
            item.fire();
            menu.hide();
        });

        waitUntilProject(wb -> passagesIn(wb).size() == 1);
        assertThat(passages()).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo(start);
            assertThat(s.end()).isEqualTo(end);
            assertThat(s.codeId()).isEqualTo(main.context().workbench().codebook().code(CODE).id());
        });
    }

    /** Opens the text's context menu at the character at {@code offset}, as a right-click there does. */
    private ContextMenu rightClick(FxRobot robot, int offset) throws Exception {
        Point2D screen = inside(offset, offset + 1);
        robot.interact(() -> {
            Point2D scene = area.localToScene(area.screenToLocal(screen));
            Event.fireEvent(area, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(),
                    scene.getY(), screen.getX(), screen.getY(), false, null));
        });
        return openMenu();
    }

    /** The context menu the window shows for the text area. */
    private ContextMenu openMenu() throws Exception {
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof ContextMenu m
                && m.getOwnerNode() == area && m.isShowing()));
        return read(() -> Window.getWindows().stream().filter(w -> w instanceof ContextMenu m
                && m.getOwnerNode() == area && m.isShowing()).map(ContextMenu.class::cast).findFirst().orElseThrow());
    }
}
