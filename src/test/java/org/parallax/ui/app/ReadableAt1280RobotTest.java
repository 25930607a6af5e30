package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.CoOccurrence;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.WindowSize;
import org.parallax.ui.codebook.CodebookNode;
import org.parallax.ui.common.ColumnChoices;
import org.parallax.ui.memos.MemosView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** At 1280×800 on the sample project, the labels a user needs show their whole text, never an ellipsis. */
@WindowSize(width = 1280, height = 800)
class ReadableAt1280RobotTest extends RobotWindow {
    /** What a laid-out Labeled actually draws: its text node's string, which the skin clips with "…". */
    private static String shown(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.getText();
            }
        }
        return labeled.getText();
    }

    private static boolean truncated(Labeled l) {
        if (!l.isVisible() || l.getText() == null || l.getText().isBlank() || l.getScene() == null) {
            return false;
        }
        String text = l.getText();
        // A mnemonic's underscore is not drawn.
        String drawn = l.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
        return !shown(l).equals(drawn) && !shown(l).equals(text);
    }

    private static void collect(Node node, List<Labeled> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && !(node instanceof Cell<?>)) {
            out.add(l);
        }
        // The codebook cuts a long code name to its column's width so that the key and the count beside it stay in
        // view: table1RowLabelsWrapAndCodebookNamesCanAlwaysBeReadInFull checks the name is whole in the tooltip.
        if ("codebookTree".equals(node.getId())) {
            return;
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    /** Read on the FX thread: a label's text node is replaced while a layout pass runs. */
    private List<String> truncatedLabels() {
        return read(() -> {
            List<Labeled> all = new ArrayList<>();
            collect(window.scene().getRoot(), all);
            return all.stream().filter(ReadableAt1280RobotTest::truncated).map(l -> l.getText() + " → " + shown(l))
                    .toList();
        });
    }

    /** Every bottom tab, not a chosen few: a tab added later is checked too. */
    @Test
    void everyTabShowsItsLabelsAndHeadersWhole(FxRobot robot) throws Exception {
        waitUntil(() -> !main.table1().rows().isEmpty() && !main.codebook().roots().isEmpty());
        TabPane tabs = find(robot, "#bottomTabs", TabPane.class);
        List<String> titles = read(() -> tabs.getTabs().stream().map(Tab::getText).toList());
        assertThat(titles).contains("Passages", "Table 1", "Search", "Analysis", "Timeline", "Codes");
        List<String> problems = new ArrayList<>();
        for (String tab : titles) {
            selectTab(robot, tab);
            // laid out: the tab's content is in the window at its full size, with no layout pass pending
            waitUntil(() -> {
                Node content = tabs.getSelectionModel().getSelectedItem().getContent();
                return content.getScene() != null && content.isVisible()
                        && content.getBoundsInParent().getWidth() > 600 && !(content instanceof Parent p && p.isNeedsLayout())
                        && !tabs.isNeedsLayout();
            });
            // Analysis and Timeline read the project when they come to the front: their labels come with the result.
            waitUntil(() -> !tab.equals("Analysis") || !main.analysis().rows().isEmpty());
            waitUntil(() -> !tab.equals("Timeline")
                    || main.timeline().timelineProperty().get() != null);
            WaitForAsyncUtils.waitForFxEvents();
            // A label whose text just changed (Compare's summary when its comparison arrives) is drawn at the next
            // layout pass: read until the pass has run, not once.
            settled(this::truncatedLabels, List::isEmpty).forEach(t -> problems.add(tab + ": " + t));
        }
        assertThat(problems).isEmpty();
    }

    /** The Analysis and Timeline tabs say which layers they count in Table 1's words, whole, within the window. */
    @Test
    void theAnalysisAndTimelineTabsShowTheCountingLineWhole(FxRobot robot) throws Exception {
        String line = "Counting analyst and second-coder: a passage coded by both counts once for each.";
        waitUntil(() -> line.equals(main.table1().layersLineProperty().get()));
        for (String[] tab : new String[][] {{"Table 1", "#table1Layers"}, {"Analysis", "#analysisLayers"},
                {"Timeline", "#timelineLayers"}}) {
            selectTab(robot, tab[0]);
            Labeled counted = find(robot, tab[1], Labeled.class);
            waitUntil(() -> counted.getScene() != null && counted.isVisible()
                    && counted.getWidth() > 0 && !counted.isNeedsLayout());
            // Analysis and Timeline read the project when they come to the front: the line comes with the result.
            assertThat(settled(counted::getText, line::equals)).as(tab[0]).isEqualTo(line);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(settled(() -> truncated(counted), cut -> !cut)).as(tab[0] + " cut short")
                    .isFalse();
            double right = read(() -> counted.localToScene(counted.getLayoutBounds()).getMaxX());
            assertThat(right).as(tab[0] + ": the line ends inside the 1280 px window").isLessThanOrEqualTo(1280);
        }
    }

    /**
     * A damaged project stops the indexing with the damage's whole message in the status bar; kept at its full width,
     * that line made the window's content wider than the window, pushing the codebook and the banner's end out of it.
     */
    @Test
    void aLongIndexingLineGivesWayAndTheCodebookStaysInsideTheWindow(FxRobot robot) throws Exception {
        javafx.scene.Node tree = find(robot, "#codebookTree", javafx.scene.Node.class);
        robot.interact(() -> main.status().indexingProperty().set("Indexing stopped (sample.parallax is damaged: "
                + "SQLite cannot read part of it; nothing was changed. ".repeat(6) + "); it starts again before the "
                + "next search"));
        WaitForAsyncUtils.waitForFxEvents();
        double right = settled(() -> tree.localToScene(tree.getLayoutBounds()).getMaxX(), x -> x <= 1280);
        assertThat(right).as("the codebook's right edge").isLessThanOrEqualTo(1280);
    }

    /**
     * A team server out of reach is said in one long line (where it is, since when, what still works, that a change
     * is refused until it answers); kept at its full width, it made the window's content wider than the window while
     * the server was down, the codebook pushed out of it (seen under Xvfb at 1400 px, the server halted).
     */
    @Test
    void aLongTeamServerLineGivesWayAndTheCodebookStaysInsideTheWindow(FxRobot robot) throws Exception {
        javafx.scene.Node tree = find(robot, "#codebookTree", javafx.scene.Node.class);
        robot.interact(() -> main.status().connectionProperty().set("Team server 127.0.0.1:35496 cannot be reached "
                + "since 23:56: what is shown stays readable and Table 1, Analysis and Timeline still count it; given up "
                + "on at 23:57 after 30 s, a change is refused at once until it answers; trying again every second…"));
        WaitForAsyncUtils.waitForFxEvents();
        double right = settled(() -> tree.localToScene(tree.getLayoutBounds()).getMaxX(), x -> x <= 1280);
        assertThat(right).as("the codebook's right edge").isLessThanOrEqualTo(1280);
        robot.interact(() -> main.status().connectionProperty().set(""));
    }

    @Test
    void table1RowLabelsWrapAndCodebookNamesCanAlwaysBeReadInFull(FxRobot robot) throws Exception {
        waitUntil(() -> !main.table1().rows().isEmpty());
        selectTab(robot, "Table 1");
        TableView<?> table = find(robot, "#table1", TableView.class);
        // Rows grow to fit their wrapped labels over a few layout passes: wait for that instead of sleeping.
        RowLabels rows = settled(() -> rowLabels(table), r -> r.cut().isEmpty() && r.labels().stream()
                .anyMatch(l -> l.contains("Actions that are threatening to vital interests")));
        assertThat(rows.labels()).anyMatch(l -> l.contains("Actions that are threatening to vital interests"));
        assertThat(rows.cut()).isEmpty();
        // every scenario and the Total in view: Table 1 never hides a column off to the right
        assertThat(settled(() -> sidewaysScrolling(table), List::isEmpty)).isEmpty();

        // A code name cut to the column ("Perception of threatening …") is whole in its row's tooltip.
        List<String> unreadable = settled(() -> robot.lookup("#codebookTree .tree-cell").queryAllAs(TreeCell.class)
                .stream().filter(c -> c.getItem() instanceof CodebookNode && c.getGraphic() instanceof Parent row
                        && row.getChildrenUnmodifiable().stream().anyMatch(n -> n instanceof Labeled l && truncated(l)))
                .filter(c -> c.getTooltip() == null
                        || !c.getTooltip().getText().contains(((CodebookNode) c.getItem()).name()))
                .map(c -> ((CodebookNode) c.getItem()).name()).toList(), List::isEmpty);
        assertThat(unreadable).isEmpty();
    }

    /**
     * The documents list shows every column inside the pane, with no sideways scrolling: dates, actors, types and
     * counts whole; a title cut short shows in full in its tooltip.
     */
    @Test
    void theDocumentsListFitsItsColumnsAndShowsDatesActorsTypesAndCountsWhole(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() > 10);
        TableView<?> table = find(robot, "#documentsTable", TableView.class);
        List<String> problems = settled(() -> documentColumnProblems(table), List::isEmpty);
        assertThat(problems).isEmpty();
    }

    /** Search hits show their right-hand context in the pane at 1280×800, without scrolling sideways. */
    @Test
    void searchHitsFitThePaneWithTheirContextOnBothSides(FxRobot robot) throws Exception {
        waitUntil(() -> main.search().indexStatusProperty().get().startsWith("Search index"));
        selectTab(robot, "Search");
        robot.clickOn("#searchQuery").write("NATO").type(javafx.scene.input.KeyCode.ENTER);
        TableView<?> table = find(robot, "#searchResults", TableView.class);
        waitUntil(() -> table.getItems().size() > 3);
        assertThat(settled(() -> sidewaysScrolling(table), List::isEmpty)).isEmpty();
    }

    /**
     * A phrase's hit shows whole in the Hit column, the contexts giving way: it is what a keyword-in-context line is
     * read for, and sharing the width with the contexts cut "security community" to "security com…".
     */
    @Test
    void aPhraseFoundShowsWholeInTheHitColumn(FxRobot robot) throws Exception {
        waitUntil(() -> main.search().indexStatusProperty().get().startsWith("Search index"));
        selectTab(robot, "Search");
        robot.interact(() -> {
            main.search().queryProperty().set("\"NATO-Russia Council\"");
            main.search().run();
        });
        TableView<?> table = find(robot, "#searchResults", TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        assertThat(settled(() -> cutHits(table), List::isEmpty)).isEmpty();
        assertThat(settled(() -> sidewaysScrolling(table), List::isEmpty)).isEmpty();
    }

    /**
     * The sample's overlapping passages are all two coders' readings of the same words, which are no pair: by overlap
     * its co-occurrence list is empty, by paragraph it lists the analyst's own pairs, whose rows are what is measured.
     */
    @SuppressWarnings("unchecked")
    private static void countPairsByParagraph(FxRobot robot, TabPane tabs) {
        robot.interact(() -> tabs.getSelectionModel().getSelectedItem().getContent().lookupAll(".combo-box").stream()
                .filter(n -> n instanceof ComboBox<?> box && box.getItems().contains(CoOccurrence.Mode.PARAGRAPH))
                .forEach(n -> ((ComboBox<CoOccurrence.Mode>) n).setValue(CoOccurrence.Mode.PARAGRAPH)));
    }

    private static List<String> cutHits(TableView<?> table) {
        return table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                        && "Hit".equals(c.getTableColumn().getText()) && truncated(c))
                .map(n -> ((TableCell<?, ?>) n).getText() + " → " + shown((TableCell<?, ?>) n)).toList();
    }

    /**
     * The lists of the Passages, Analysis, Codes, Compare and Memos tabs: every visible column inside the pane (no
     * sideways scrolling), every header whole, a text cut short whole in its tooltip, counts right-aligned.
     */
    @Test
    void theListsOfEveryTabFitThePaneWithHeadersWholeAndCountsRightAligned(FxRobot robot) throws Exception {
        // Analysis and Memos read the project when they come to the front; their tables are awaited there.
        waitUntil(() -> !main.passages().rows().isEmpty());
        TabPane tabs = find(robot, "#bottomTabs", TabPane.class);
        List<String> problems = new ArrayList<>();
        for (String tab : List.of("Passages", "Analysis", "Codes", "Compare", "Memos")) {
            selectTab(robot, tab);
            if (tab.equals("Codes")) {
                countPairsByParagraph(robot, tabs);
            }
            List<TableView<?>> tables = settled(() -> tablesIn(tabs.getSelectionModel().getSelectedItem().getContent()),
                    t -> !t.isEmpty() && t.stream().allMatch(table -> !table.getItems().isEmpty()));
            assertThat(tables).as(tab).isNotEmpty();
            assertThat(read(() -> tables.stream().noneMatch(t -> t.getItems().isEmpty()))).as(tab + ": rows").isTrue();
            for (TableView<?> table : tables) {
                settled(() -> fitProblems(table), List::isEmpty).forEach(p -> problems.add(tab + ": " + p));
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * A rarely needed column (when a memo was modified) waits in the column menu (+); shown from there, it is
     * remembered in settings.json and shown again in the next run.
     */
    @Test
    void aColumnShownFromTheColumnMenuIsShownAgainInTheNextRun(FxRobot robot) throws Exception {
        selectTab(robot, "Memos");
        TableView<?> table = find(robot, "#memosTable", TableView.class);
        TableColumn<?, ?> modified = read(() -> table.getColumns().stream()
                .filter(c -> c.getText().equals("Modified")).findFirst().orElseThrow());
        assertThat(read(() -> table.isTableMenuButtonVisible() && !modified.isVisible())).isTrue();

        robot.interact(() -> modified.setVisible(true));
        SettingsFile file = main.settingsFile();
        waitUntil(() -> Boolean.TRUE.equals(new SettingsFile(file.file()).load().columns().get("memosTable/Modified")));

        Settings nextRun = new SettingsFile(file.file()).load();
        TableView<?> next = read(() -> {
            MemosView view = new MemosView(main.memos(), new javafx.beans.property.SimpleObjectProperty<>(), dialogs);
            new ColumnChoices(nextRun::columns, (key, shown) -> { }).apply(view);
            return (TableView<?>) view.lookup("#memosTable");
        });
        assertThat(read(() -> next.getColumns().stream().filter(TableColumn::isVisible)
                .map(TableColumn::getText).toList())).contains("Modified", "Memo");
    }

    private static List<TableView<?>> tablesIn(Node content) {
        List<TableView<?>> tables = new ArrayList<>();
        content.lookupAll(".table-view").stream().filter(n -> n instanceof TableView<?> && n.isVisible()
                && n.getScene() != null).forEach(n -> tables.add((TableView<?>) n));
        return tables;
    }

    private static List<String> fitProblems(TableView<?> table) {
        List<String> problems = new ArrayList<>(overflow(table));
        table.lookupAll(".column-header .label").stream().map(Labeled.class::cast)
                .filter(ReadableAt1280RobotTest::truncated)
                .forEach(l -> problems.add(table.getId() + ": header " + l.getText() + " → " + shown(l)));
        problems.addAll(headersUnderTheMenuButton(table));
        table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getItem() != null && c.isVisible()
                        && c.getText() != null)
                .map(TableCell.class::cast).forEach(c -> {
                    String where = table.getId() + " " + c.getTableColumn().getText() + ": ";
                    if (truncated(c) && (c.getTooltip() == null
                            || !c.getTooltip().getText().equals(c.getText().strip()))) {
                        problems.add(where + "cut without a tooltip: " + c.getText() + " → " + shown(c));
                    }
                    boolean count = c.getText().matches("[0-9][0-9.,]*");
                    if (count && c.getAlignment() != javafx.geometry.Pos.CENTER_RIGHT) {
                        problems.add(where + "count " + c.getText() + " aligned " + c.getAlignment());
                    }
                });
        return problems.stream().distinct().toList();
    }

    /** A short list has no vertical scroll bar: the column menu's button (+) then sits over the last header. */
    private static List<String> headersUnderTheMenuButton(TableView<?> table) {
        Node button = table.lookup(".show-hide-columns-button");
        if (button == null || !button.isVisible()) {
            return List.of();
        }
        javafx.geometry.Bounds menu = button.localToScene(button.getBoundsInLocal());
        return table.lookupAll(".column-header .label").stream().map(Labeled.class::cast)
                .filter(l -> l.isVisible() && l.getText() != null)
                .filter(l -> l.getChildrenUnmodifiable().stream().anyMatch(t -> t instanceof Text
                        && t.localToScene(t.getBoundsInLocal()).intersects(menu)))
                .map(l -> table.getId() + ": header " + l.getText() + " under the column menu's button").toList();
    }

    /** Columns wider than the list, or a sideways scroll bar (a list clipping its columns shows neither alone). */
    private static List<String> overflow(TableView<?> table) {
        List<String> problems = new ArrayList<>();
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        javafx.scene.layout.Region header = (javafx.scene.layout.Region) table.lookup(".column-header-background");
        double inside = header == null ? table.getWidth() : header.getWidth();
        if (columns > inside + 0.5) {
            problems.add(table.getId() + ": columns " + columns + " px wide in a list " + inside + " px wide");
        }
        problems.addAll(sidewaysScrolling(table));
        return problems;
    }

    private static List<String> documentColumnProblems(TableView<?> table) {
        List<String> problems = new ArrayList<>(overflow(table));
        table.lookupAll(".column-header .label").stream().map(Labeled.class::cast)
                .filter(ReadableAt1280RobotTest::truncated)
                .forEach(l -> problems.add("header " + l.getText() + " → " + shown(l)));
        table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getItem() != null && c.isVisible())
                .map(TableCell.class::cast).forEach(c -> {
                    String column = c.getTableColumn().getText();
                    if (column.equals("Title")) {
                        if (c.getWidth() < 90) {
                            problems.add("title column only " + c.getWidth() + " px wide");
                        }
                        if (truncated(c) && (c.getTooltip() == null || !c.getTooltip().getText().equals(c.getText()))) {
                            problems.add("title cut without a tooltip: " + c.getText());
                        }
                    } else if (truncated(c)) {
                        problems.add(column + ": " + c.getText() + " → " + shown(c));
                    }
                });
        return problems;
    }

    private static List<String> sidewaysScrolling(TableView<?> table) {
        return table.lookupAll(".scroll-bar").stream().map(javafx.scene.control.ScrollBar.class::cast)
                .filter(b -> b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible())
                .map(b -> table.getId() + " scrolls sideways").toList();
    }

    private record RowLabels(List<String> labels, List<String> cut) {
    }

    /** The first column's labels, and those not drawn whole, wrapped, in a row tall enough for every line. */
    private static RowLabels rowLabels(TableView<?> table) {
        List<String> cut = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() == table.getColumns().get(0)
                        && c.getItem() != null)
                .map(TableCell.class::cast).forEach(c -> {
                    labels.add(String.valueOf(c.getItem()));
                    if (!(c.getGraphic() instanceof Text text) || !text.getText().equals(c.getItem())
                            || text.getBoundsInParent().getMaxY() > c.getHeight() + 1) {
                        cut.add(String.valueOf(c.getItem()));
                    }
                });
        return new RowLabels(labels, cut);
    }
}
