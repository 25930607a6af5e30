package org.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A robot test that read a table's rows on the test thread while the FX thread rebuilt them failed one CI run in
 * many (a ConcurrentModificationException); every read of the window in a robot test now goes through the FX
 * thread, and a new read on the test thread fails here, naming its line.
 */
class RobotTestsReadOnTheFxThreadTest {
    private static final Path ROBOT_TESTS = Path.of("src/test/java/org/parallax/ui");

    @Test
    void everyRobotTestReadsTheWindowOnTheFxThread() throws Exception {
        List<String> offThread;
        try (Stream<Path> files = Files.walk(ROBOT_TESTS)) {
            offThread = files.filter(f -> f.toString().endsWith(".java")).flatMap(this::offThreadReads).toList();
        }
        assertThat(offThread).isEmpty();
    }

    private Stream<String> offThreadReads(Path file) {
        try {
            String source = Files.readString(file);
            return source.contains("FxRobot")
                    ? OffThreadReads.in(source).stream().map(read -> ROBOT_TESTS.relativize(file) + ":" + read)
                    : Stream.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aReadOnTheTestThreadIsFoundAndOneOnTheFxThreadIsNot() {
        String source = """
                class Example extends RobotWindow {
                    @Test
                    void rows(FxRobot robot) throws Exception {
                        TableView<Row> table = find(robot, "#rows", TableView.class);
                        waitUntil(() -> table.getItems().size() == 2);
                        assertThat(copy(table::getItems)).hasSize(2);
                        assertThat(table.getItems()).hasSize(2);
                        robot.interact(() -> table.getSelectionModel().select(0));
                        // a comment naming table.getItems() is no read
                        String said = "nor is table.getItems() in a string";
                    }
                }
                """;
        assertThat(OffThreadReads.in(source)).containsExactly("7: .getItems(");
    }

    @Test
    void aTextsStyleOrScrollPlaceReadOnTheTestThreadIsFound() {
        String source = """
                class Example extends RobotWindow {
                    @Test
                    void styles(FxRobot robot) throws Exception {
                        InlineCssTextArea area = find(robot, "#text", InlineCssTextArea.class);
                        waitUntil(() -> area.getStyleAtPosition(1).contains("border"));
                        assertThat(area.getStyleAtPosition(9)).doesNotContain("border");
                        double at = read(area::getEstimatedScrollY);
                        assertThat(area.getEstimatedScrollY()).isEqualTo(at);
                    }
                }
                """;
        assertThat(OffThreadReads.in(source)).containsExactly("6: .getStyleAtPosition(", "8: .getEstimatedScrollY(");
    }

    @Test
    void aPropertysValueReadOnTheTestThreadIsFound() {
        String source = """
                class Example extends RobotWindow {
                    @Test
                    void status(FxRobot robot) throws Exception {
                        waitUntil(() -> main.status().lastResultProperty().get() != null);
                        assertThat(read(() -> main.status().lastResultProperty().get())).startsWith("Backup");
                        assertThat(main.status().lastResultProperty().get()).startsWith("Backup");
                        assertThat(main.table1().matrixProperty().getValue()).isNotNull();
                        List<String> steps = main.history().get();
                    }
                }
                """;
        assertThat(OffThreadReads.in(source)).containsExactly("6: .lastResultProperty().get(", "7: .getValue(");
    }

    @Test
    void aHelperCountsAsOnTheFxThreadOnlyWhenEveryUseOfItIs() {
        String source = """
                class Example extends RobotWindow {
                    @Test
                    void cells(FxRobot robot) throws Exception {
                        waitUntil(() -> shownCells(robot) == 3);
                        assertThat(read(() -> shownCells(robot))).isEqualTo(3);
                        assertThat(settled(this::firstCell, c -> c != null)).isNotNull();
                        assertThat(lastCell(robot)).isNotNull();
                    }

                    private int shownCells(FxRobot robot) {
                        return robot.lookup(".cell").queryAll().size();
                    }

                    private Node firstCell() {
                        return table.lookup(".cell");
                    }

                    private Node lastCell(FxRobot robot) {
                        return table.lookup(".cell:last");
                    }
                }
                """;
        assertThat(OffThreadReads.in(source)).containsExactly("19: .lookup(");
    }

    @Test
    void theWindowsOpeningRunsOnTheFxThread() {
        String source = """
                class Example extends RobotWindow {
                    @Override
                    protected void open(Stage stage) throws Exception {
                        super.open(stage);
                        listed.set(window.scene().getRoot().lookupAll(".row").size());
                    }
                }
                """;
        assertThat(OffThreadReads.in(source)).isEmpty();
    }
}
