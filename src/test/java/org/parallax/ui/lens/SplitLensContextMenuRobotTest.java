package org.parallax.ui.lens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.parallax.model.Segment;
import org.testfx.api.FxRobot;

/**
 * The split lens view's two texts had no context menu where the document view has one: a researcher comparing the
 * frames side by side had to leave the split view to code a selection, write a passage's memo or take a passage out.
 * Each side opens the document view's menu for the passages it shows and for its own selection.
 */
class SplitLensContextMenuRobotTest extends SplitLensRobotWindow {
    private static void shiftF10(FxRobot robot) {
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
    }

    private static ContextMenu shownMenu() throws Exception {
        waitUntil(() -> read(() -> Window.getWindows().stream().anyMatch(w -> w instanceof ContextMenu m
                && m.isShowing())));
        return read(() -> Window.getWindows().stream().filter(w -> w instanceof ContextMenu m && m.isShowing())
                .map(ContextMenu.class::cast).findFirst().orElseThrow());
    }

    /** The item of {@code items} or their submenus whose text starts so. */
    private static Optional<MenuItem> item(List<MenuItem> items, String startsWith) {
        for (MenuItem item : items) {
            if (item.getText() != null && item.getText().startsWith(startsWith)) {
                return Optional.of(item);
            }
            if (item instanceof Menu menu) {
                Optional<MenuItem> inside = item(menu.getItems(), startsWith);
                if (inside.isPresent()) {
                    return inside;
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void aPassageOfTheRightSideIsTakenOutFromItsMenu(FxRobot robot) throws Exception {
        long document = busiestDocumentShownSplit(robot);
        InlineCssTextArea right = find(robot, "#lensRightText", InlineCssTextArea.class);
        LensSide side = read(() -> main.splitLens().rightProperty().get());
        // One the side shows alone at its middle, so the menu's only Remove is its own.
        Segment passage = side.passages().stream()
                .filter(p -> side.passagesAt((p.start() + p.end()) / 2).size() == 1).findFirst().orElseThrow();
        String code = read(() -> main.document().documentProperty().get().codebook().codesById()
                .get(passage.codeId()).name());
        robot.interact(() -> {
            right.requestFocus();
            right.moveTo(side.display().toShown((passage.start() + passage.end()) / 2));
        });

        shiftF10(robot);
        ContextMenu menu = shownMenu();
        MenuItem remove = read(() -> item(menu.getItems(), "Remove “" + code + "”").orElseThrow());
        assertThat(read(() -> item(menu.getItems(), "Edit memo of “" + code + "”"))).as("the memo item").isPresent();
        robot.interact(() -> {
            menu.hide();
            remove.fire();
        });

        waitUntilProject(wb -> wb.coding().segmentsOfDocument(document).stream()
                .noneMatch(s -> s.id() == passage.id()));
        waitUntil(() -> main.splitLens().rightProperty().get().passages().stream()
                .noneMatch(s -> s.id() == passage.id()));
    }

    @Test
    void aSelectionOfTheLeftSideIsCodedFromItsMenu(FxRobot robot) throws Exception {
        long document = busiestDocumentShownSplit(robot);
        InlineCssTextArea left = find(robot, "#lensLeftText", InlineCssTextArea.class);
        long before = fromProject(wb -> wb.coding().segmentsOfDocument(document).stream()
                .filter(s -> s.codeId() == wb.codebook().code("Balance of power").id()).count());
        robot.interact(() -> {
            left.requestFocus();
            left.selectRange(0, 12);
        });

        shiftF10(robot);
        ContextMenu menu = shownMenu();
        MenuItem balance = read(() -> item(menu.getItems(), "Balance of power").orElseThrow());
        robot.interact(() -> {
            menu.hide();
            balance.fire();
        });

        waitUntilProject(wb -> wb.coding().segmentsOfDocument(document).stream()
                .filter(s -> s.codeId() == wb.codebook().code("Balance of power").id()).count() == before + 1);
        Boolean fromTheStart = fromProject(wb -> wb.coding().segmentsOfDocument(document).stream()
                .anyMatch(s -> s.start() == 0 && s.codeId() == wb.codebook().code("Balance of power").id()));
        assertThat(fromTheStart).as("a Balance of power passage from the start of the text").isTrue();
    }
}
