package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.PickResult;
import javafx.stage.Window;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.parallax.model.Segment;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.codebook.CodebookNode;
import org.parallax.ui.passages.PassageRow;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A researcher who works by keyboard opens the context menus with Shift+F10 or the Menu key, at the caret or the
 * focused row, walks them with the arrows, chooses with Enter and leaves with Escape; what they chose is in the
 * project when it is opened again.
 */
class KeyboardContextMenuRobotTest extends RobotWindow {
    private static final String CODE = "Balance of power";
    private Path project;

    @Override
    protected Path project(Path folder) throws Exception {
        project = super.project(folder);
        return project;
    }

    private static void shiftF10(FxRobot robot) {
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
    }

    /** The context menu showing for {@code owner}, once it shows. */
    private static ContextMenu menuOf(Node owner) throws Exception {
        waitUntil(() -> shownMenu(owner) != null);
        return read(() -> shownMenu(owner));
    }

    private static ContextMenu shownMenu(Node owner) {
        // A control shows the menu it was given with no owner node; a menu made for the request names its owner.
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu m && m.isShowing()
                && (m.getOwnerNode() == owner || owner instanceof Control c && c.getContextMenu() == m))
                .map(ContextMenu.class::cast).findFirst().orElse(null);
    }

    /**
     * Chooses an item as a keyboard does: Down until the item whose text starts so has the keyboard (a menu opens with
     * its first item there; separators are passed over), then Enter; given a path, Right opens each submenu on it.
     */
    private static void choose(FxRobot robot, ContextMenu menu, String... path) throws Exception {
        ContextMenu level = menu;
        for (int depth = 0; depth < path.length; depth++) {
            walkTo(robot, level, path[depth]);
            if (depth < path.length - 1) {
                robot.type(KeyCode.RIGHT);
                ContextMenu parent = level;
                waitUntil(() -> submenuOf(parent) != null);
                level = read(() -> submenuOf(parent));
            }
        }
        robot.type(KeyCode.ENTER);
    }

    private static void walkTo(FxRobot robot, ContextMenu menu, String text) throws Exception {
        String at = settled(() -> focusedItem(menu), item -> !item.isEmpty());
        for (int step = 0; !at.startsWith(text) && step < read(() -> menu.getItems().size()); step++) {
            String before = at;
            robot.type(KeyCode.DOWN);
            at = settled(() -> focusedItem(menu), item -> !item.equals(before));
        }
        assertThat(at).as("the item with the keyboard").startsWith(text);
    }

    /** The submenu shown over {@code menu}: the context menu shown after it. */
    private static ContextMenu submenuOf(ContextMenu menu) {
        List<ContextMenu> shown = Window.getWindows().stream().filter(w -> w instanceof ContextMenu m && m.isShowing())
                .map(ContextMenu.class::cast).toList();
        int at = shown.indexOf(menu);
        return at >= 0 && at + 1 < shown.size() ? shown.get(at + 1) : null;
    }

    /** The text of the menu's item that has the keyboard ("" for none). */
    private static String focusedItem(ContextMenu menu) {
        return read(() -> {
            Node focused = menu.getScene().getFocusOwner();
            return focused == null ? "" : focused.lookupAll(".label").stream().map(l -> ((Label) l).getText())
                    .filter(t -> t != null).findFirst().orElse("");
        });
    }

    /** What the project holds when opened anew, once the window has written the change. */
    private <T> T reopened(Function<Workbench, T> read) {
        try (Workbench wb = Workbench.openReadOnly(project)) {
            return read.apply(wb);
        }
    }

    /** {@code point} lies on or just below {@code place}'s lower left corner (within a pixel of snapping). */
    private static void assertAnchoredAt(ContextMenu menu, Bounds place, String what) {
        double[] anchor = read(() -> new double[] {menu.getAnchorX(), menu.getAnchorY()});
        assertThat(anchor[0]).as("the menu's left edge against %s's", what).isCloseTo(place.getMinX(),
                org.assertj.core.data.Offset.offset(1.0));
        assertThat(anchor[1]).as("the menu's top against %s's bottom", what).isCloseTo(place.getMaxY(),
                org.assertj.core.data.Offset.offset(1.0));
    }

    /** The keyboard in the text, its caret inside the open document's first passage; the passage a menu acts on. */
    private Segment caretOnAPassage(FxRobot robot) throws Exception {
        InlineCssTextArea area = window.text().area();
        waitUntil(() -> main.document().documentProperty().get() != null
                && !main.document().documentProperty().get().passages().isEmpty()
                && area.getLength() == main.document().documentProperty().get().text().length());
        Segment passage = read(() -> main.document().documentProperty().get().passages().get(0));
        int inside = (passage.start() + passage.end()) / 2;
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(inside);
            area.requestFollowCaret();
        });
        return read(() -> main.document().passagesAt(inside).get(0));
    }

    @Test
    void shiftF10OnAHighlightOpensItsMenuAtTheCaretAndRemovesItByKeys(FxRobot robot) throws Exception {
        InlineCssTextArea area = window.text().area();
        Segment innermost = caretOnAPassage(robot);
        Bounds caret = settled(() -> area.getCaretBounds().orElse(null), b -> b != null);

        shiftF10(robot);
        ContextMenu menu = menuOf(area);
        assertAnchoredAt(menu, caret, "the caret");
        choose(robot, menu, "Remove “");

        waitUntil(() -> main.context().workbench().coding().segmentsOfDocument(innermost.documentId()).stream()
                .noneMatch(s -> s.id() == innermost.id()));
        List<Segment> left = reopened(wb -> wb.coding().segmentsOfDocument(innermost.documentId()));
        assertThat(left).as("the passages of the document opened anew").extracting(Segment::id)
                .doesNotContain(innermost.id()).isNotEmpty();
    }

    /**
     * Windows makes a context-menu request of its own from the same key press, placed a quarter into the text: the
     * menu the key opened stays the only one, at the caret.
     */
    @Test
    void theSystemsOwnRequestFromTheKeyOpensNoSecondMenu(FxRobot robot) throws Exception {
        InlineCssTextArea area = window.text().area();
        caretOnAPassage(robot);
        Bounds caret = settled(() -> area.getCaretBounds().orElse(null), b -> b != null);
        robot.type(KeyCode.CONTEXT_MENU);
        ContextMenu menu = menuOf(area);

        robot.interact(() -> {
            Bounds text = area.localToScene(area.getBoundsInLocal());
            double x = text.getMinX() + text.getWidth() / 4;
            double y = text.getMinY() + text.getHeight() / 2;
            Point2D screen = area.localToScreen(area.sceneToLocal(x, y));
            Event.fireEvent(area, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, x, y, screen.getX(),
                    screen.getY(), true, new PickResult(area, x, y)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        long shown = read(() -> Window.getWindows().stream()
                .filter(w -> w instanceof ContextMenu m && m.isShowing()).count());
        assertThat(shown).as("context menus showing after the key and the system's request").isEqualTo(1);
        assertThat(read(menu::isShowing)).as("the menu the key opened").isTrue();
        assertAnchoredAt(menu, caret, "the caret");
        robot.type(KeyCode.ESCAPE);
    }

    /** The codebook tree with the keyboard, on the code's row. */
    private TreeView<CodebookNode> keyboardOnTheCode(FxRobot robot) throws Exception {
        TreeView<CodebookNode> tree = tree(robot);
        robot.interact(() -> {
            tree.requestFocus();
            tree.getSelectionModel().select(item(tree.getRoot(), CODE));
        });
        return tree;
    }

    private TreeView<CodebookNode> tree(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TreeView<CodebookNode> tree = find(robot, "#codebookTree", TreeView.class);
        // The window settles first: the opening project puts the keyboard in the text once it shows it.
        waitUntil(() -> window.text().area().getLength() > 0);
        waitUntil(() -> item(tree.getRoot(), CODE) != null);
        return tree;
    }

    private static TreeItem<CodebookNode> item(TreeItem<CodebookNode> from, String name) {
        for (TreeItem<CodebookNode> child : from.getChildren()) {
            if (child.getValue().name().equals(name)) {
                return child;
            }
            TreeItem<CodebookNode> below = item(child, name);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    /** The row of the tree that shows the code. */
    private static Bounds row(FxRobot robot, String name) throws Exception {
        Node cell = codebookCell(robot, name);
        return read(() -> cell.localToScreen(cell.getBoundsInLocal()));
    }

    @Test
    void theMenuKeyInTheCodebookOpensItsMenuAtTheFocusedCodeAndRenamesItByKeys(FxRobot robot) throws Exception {
        TreeView<CodebookNode> tree = keyboardOnTheCode(robot);
        long id = main.context().workbench().codebook().code(CODE).id();
        dialogs.textAnswers.add("Power balancing");

        robot.type(KeyCode.CONTEXT_MENU);
        ContextMenu menu = menuOf(tree);
        assertAnchoredAt(menu, row(robot, CODE), "the focused code's row");
        choose(robot, menu, "Rename…");

        waitUntil(() -> main.context().workbench().codebook().current().codesById().get(id).name()
                .equals("Power balancing"));
        assertThat(reopened(wb -> wb.codebook().current().codesById().get(id)).name())
                .as("the code's name in the project opened anew").isEqualTo("Power balancing");
    }

    @Test
    void escapeClosesTheMenuAndLeavesTheKeyboardWhereItWas(FxRobot robot) throws Exception {
        TreeView<CodebookNode> tree = keyboardOnTheCode(robot);
        shiftF10(robot);
        ContextMenu menu = menuOf(tree);
        robot.type(KeyCode.DOWN).type(KeyCode.ESCAPE);

        assertThat(settled(menu::isShowing, showing -> !showing)).as("the menu after Escape").isFalse();
        assertThat(read(() -> stage.getScene().getFocusOwner())).as("the keyboard after Escape")
                .isSameAs(tree);
        assertThat(main.context().workbench().codebook().code(CODE)).as("the code, untouched").isNotNull();
        assertThat(read(() -> tree.getSelectionModel().getSelectedItem().getValue().name())).isEqualTo(CODE);
    }

    @Test
    void theDocumentsListsColumnsAreShownFromItsMenuByKeys(FxRobot robot) throws Exception {
        TableView<?> table = find(robot, "#documentsTable", TableView.class);
        waitUntil(() -> window.text().area().getLength() > 0 && !table.getItems().isEmpty());
        TableColumn<?, ?> type = read(() -> table.getColumns().stream()
                .filter(c -> c.getText().equals("Type")).findFirst().orElseThrow());
        assertThat(read(type::isVisible)).as("the Type column at first").isFalse();
        robot.interact(table::requestFocus);

        robot.type(KeyCode.CONTEXT_MENU);
        choose(robot, menuOf(table), "Columns", "Type");

        assertThat(settled(type::isVisible, shown -> shown)).as("the Type column once chosen").isTrue();
        assertThat(settled(() -> main.settings().columns().get("documentsTable/Type"), shown -> shown != null))
                .as("the choice remembered for the next start").isTrue();
        assertThat(read(() -> stage.getScene().getFocusOwner())).as("the keyboard after the choice")
                .isSameAs(table);
    }

    /** Every list with a column menu (+) has its columns in a context menu too: the Memos list here. */
    @Test
    void theMemosListsColumnsAreHiddenFromItsMenuByKeys(FxRobot robot) throws Exception {
        selectTab(robot, "Memos");
        waitUntil(() -> robot.lookup("#memosTable").tryQuery().isPresent());
        TableView<?> table = find(robot, "#memosTable", TableView.class);
        TableColumn<?, ?> author = read(() -> table.getColumns().stream()
                .filter(c -> c.getText().equals("Author")).findFirst().orElseThrow());
        assertThat(read(author::isVisible)).as("the Author column at first").isTrue();
        robot.interact(table::requestFocus);

        robot.type(KeyCode.CONTEXT_MENU);
        choose(robot, menuOf(table), "Columns", "Author");

        assertThat(settled(author::isVisible, shown -> !shown)).as("the Author column once unchecked").isFalse();
        assertThat(settled(() -> main.settings().columns().get("memosTable/Author"), shown -> shown != null))
                .as("the choice remembered for the next start").isFalse();
    }

    /** The Passages tab in front, listing the open document's passages, with the keyboard on its first row. */
    private TableView<?> passagesTable(FxRobot robot) throws Exception {
        waitUntil(() -> window.text().area().getLength() > 0);
        selectTab(robot, "Passages");
        waitUntil(() -> robot.lookup("#passagesTable").tryQuery().isPresent());
        TableView<?> table = find(robot, "#passagesTable", TableView.class);
        waitUntil(() -> table.getItems().size() > 1);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(1);
        });
        return table;
    }

    private long passageOf(TableView<?> table) {
        return read(() -> ((PassageRow) table.getSelectionModel().getSelectedItem()).id());
    }

    /** Rows of the table, as shown. */
    private static Bounds tableRow(FxRobot robot, TableView<?> table, int index) {
        return read(() -> table.lookupAll(".table-row-cell").stream()
                .map(r -> (TableRow<?>) r).filter(r -> r.getIndex() == index && r.isVisible() && !r.isEmpty())
                .findFirst().map(r -> r.localToScreen(r.getBoundsInLocal())).orElseThrow());
    }

    @Test
    void theMenuKeyInThePassagesTableEditsTheFocusedPassagesMemoByKeys(FxRobot robot) throws Exception {
        TableView<?> table = passagesTable(robot);
        long passage = passageOf(table);

        robot.type(KeyCode.CONTEXT_MENU);
        ContextMenu menu = menuOf(table);
        assertAnchoredAt(menu, tableRow(robot, table, 1), "the focused row");
        dialogs.textAnswers.add("Typed without a mouse");
        choose(robot, menu, "Edit memo");
        waitUntil(() -> !dialogs.memoPrompts.isEmpty());

        waitUntil(() -> "Typed without a mouse".equals(main.context().workbench().coding().segment(passage).memo()));
        String memo = reopened(wb -> wb.coding().segment(passage).memo());
        assertThat(memo).as("the memo in the project opened anew").isEqualTo("Typed without a mouse");
    }

    @Test
    void shiftF10InThePassagesTableRemovesTheFocusedPassageByKeys(FxRobot robot) throws Exception {
        TableView<?> table = passagesTable(robot);
        long passage = passageOf(table);

        shiftF10(robot);
        choose(robot, menuOf(table), "Remove passage");

        waitUntil(() -> main.context().workbench().coding().segments().stream().noneMatch(s -> s.id() == passage));
        List<Long> left = reopened(wb -> wb.coding().segments().stream().map(Segment::id).toList());
        assertThat(left).as("the passages of the project opened anew").doesNotContain(passage).isNotEmpty();
    }
}
