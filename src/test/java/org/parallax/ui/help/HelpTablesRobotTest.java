package org.parallax.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.ui.FxThread;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Help → Documentation shows the README's tables (install files, every command, the dependencies) as tables: one
 * grid per table, cells with the text a reader should see (escaped pipes as pipes, no Markdown rules), inside the
 * page's width.
 */
@ExtendWith(ApplicationExtension.class)
class HelpTablesRobotTest {
    private Stage help;

    @Start
    void start(Stage stage) {
        // The help window is a stage of its own, opened by the test.
    }

    @AfterEach
    void closeHelp() {
        if (help != null) {
            FxThread.call(() -> {
                help.close();
                return null;
            });
        }
    }

    /**
     * Every topic's title shows whole in the list at the window's first size: a long one wraps where it ran past the
     * list's edge ("Analysis: matrices, expectations, timeline, s"), readable only by scrolling the list sideways.
     */
    @Test
    void everyTopicTitleShowsWholeInTheList() throws Exception {
        help = FxThread.call(() -> HelpWindow.show(null));
        List<String> checked = List.of();
        List<String> cut = List.of();
        for (int pass = 0; pass < 50 && (checked.size() < 10 || !cut.isEmpty()); pass++) {
            WaitForAsyncUtils.waitForFxEvents();
            checked = FxThread.call(() -> titles(cell -> true));
            cut = FxThread.call(() -> titles(HelpTablesRobotTest::pastTheListsEdge));
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(10);
        assertThat(cut).isEmpty();
    }

    private List<String> titles(java.util.function.Predicate<ListCell<?>> which) {
        return help.getScene().lookup("#helpPages").lookupAll(".list-cell").stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.isVisible() && c.getText() != null).filter(which).map(ListCell::getText).toList();
    }

    private static boolean pastTheListsEdge(ListCell<?> cell) {
        Node list = cell.getListView();
        double edge = list.localToScene(list.getLayoutBounds()).getMaxX();
        return cell.lookupAll(".text").stream().anyMatch(t -> t.localToScene(t.getLayoutBounds()).getMaxX() > edge);
    }

    /**
     * Help opens on getting started with the installed program, and each topic shows under its title the file name a
     * command's --help gives ("docs/agreement.md"): it opened on the README's developer commands (`java -jar
     * target/parallax.jar`), and listed titles only, so "see docs/agreement.md" led nowhere in the list.
     */
    @Test
    void itOpensOnGettingStartedAndEachTopicShowsItsFileNameUnderItsTitle() throws Exception {
        help = FxThread.call(() -> HelpWindow.show(null));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<String> pages = (javafx.scene.control.ListView<String>) FxThread.call(
                () -> help.getScene().lookup("#helpPages"));
        assertThat(FxThread.call(() -> pages.getSelectionModel().getSelectedItem())).isEqualTo("getting-started.md");
        assertThat(FxThread.call(() -> texts(page()).get(0))).isEqualTo("Getting started with Parallax");
        List<String> shown = List.of();
        for (int pass = 0; pass < 50 && shown.size() < 10; pass++) {
            WaitForAsyncUtils.waitForFxEvents();
            shown = FxThread.call(() -> help.getScene().lookup("#helpPages").lookupAll(".list-cell").stream()
                    .map(n -> (ListCell<?>) n).filter(c -> c.isVisible() && c.getText() != null)
                    .map(ListCell::getText).toList());
        }
        assertThat(shown).startsWith("Getting started with Parallax\ndocs/getting-started.md", "Parallax\nREADME.md")
                .contains("Agreement between coders\ndocs/agreement.md");
    }

    @Test
    void theReadmesTablesShowAsGridsOfCellsWithinThePage() throws Exception {
        long tablesInReadme = Files.readAllLines(Path.of("README.md")).stream()
                .filter(line -> line.startsWith("|---")).count();
        help = FxThread.call(() -> HelpWindow.show(null));
        WaitForAsyncUtils.waitForFxEvents();
        FxThread.call(() -> {
            ((javafx.scene.control.ListView<?>) help.getScene().lookup("#helpPages")).getSelectionModel()
                    .select(1);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<List<String>> tables = FxThread.call(() -> page().getChildren().stream()
                .filter(GridPane.class::isInstance).map(grid -> cells((GridPane) grid)).toList());
        assertThat(tables).as(FxThread.call(() -> page().getChildren().size() + " children: "
                + page().getChildren().stream().map(n -> n.getClass().getSimpleName()).distinct().toList()))
                .hasSize((int) tablesInReadme);
        assertThat(tables.get(0)).startsWith("system", "file", "how").contains("Windows 10/11");
        assertThat(tables.get(1)).startsWith("command", "what it does")
                .contains("new PROJECT [--codebook table1|FILE.json]", "check PROJECT [--mend]");
        List<String> texts = FxThread.call(() -> texts(page()));
        assertThat(texts).noneMatch(t -> t.contains("|---") || t.contains("\\|") || t.strip().startsWith("| "));

        double pageWidth = FxThread.call(() -> ((ScrollPane) help.getScene().lookup(".scroll-pane"))
                .getViewportBounds().getWidth());
        List<Double> gridWidths = FxThread.call(() -> page().getChildren().stream()
                .filter(GridPane.class::isInstance).map(n -> n.getLayoutBounds().getWidth()).toList());
        assertThat(gridWidths).allMatch(w -> w <= pageWidth + 1, "no wider than the page (" + pageWidth + ")");
    }

    private MarkdownView page() {
        return (MarkdownView) help.getScene().lookup("#helpPage");
    }

    /** Each cell's text, row by row. */
    private static List<String> cells(GridPane grid) {
        return grid.getChildren().stream().filter(TextFlow.class::isInstance)
                .sorted(Comparator.comparing(GridPane::getRowIndex).thenComparing(GridPane::getColumnIndex))
                .map(cell -> texts((Parent) cell).stream().collect(Collectors.joining()).strip()).toList();
    }

    private static List<String> texts(Parent parent) {
        return parent.getChildrenUnmodifiable().stream().flatMap(child -> child instanceof Text t
                ? Stream.of(t.getText())
                : child instanceof Parent p ? texts(p).stream() : Stream.<String>empty()).toList();
    }
}
