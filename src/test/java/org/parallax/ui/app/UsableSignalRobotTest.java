package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;

/**
 * The start-up figures stop when the window is usable (issue 13): the signal comes once the sample's documents are
 * listed and drawn as rows of the documents table, not when the window merely shows or its title names the project.
 */
class UsableSignalRobotTest extends RobotWindow {
    private final AtomicInteger signalled = new AtomicInteger(-1);
    private final AtomicInteger rowsDrawnAtSignal = new AtomicInteger(-1);
    private final AtomicInteger calls = new AtomicInteger();

    @Override
    protected void open(Stage stage) throws Exception {
        super.open(stage);
        // registered on the JavaFX thread before the background opening can list anything
        UsableSignal.whenUsable(main.documents(), window.scene(), listed -> {
            calls.incrementAndGet();
            rowsDrawnAtSignal.set((int) window.scene().getRoot().lookupAll("#documentsTable .table-row-cell").stream()
                    .filter(n -> n instanceof TableRow<?> row && !row.isEmpty() && row.isVisible()).count());
            signalled.set(listed);
        });
    }

    @Test
    void signalsOnceWithTheDocumentsListedAndDrawn(FxRobot robot) throws Exception {
        waitUntil(() -> signalled.get() >= 0);
        int documents = main.context().workbench().documents().list().size();
        assertThat(documents).isGreaterThan(1);
        assertThat(signalled.get()).isEqualTo(documents);
        // rows are made by a layout pass: at the moment the list is filled there are none yet
        assertThat(rowsDrawnAtSignal.get()).isBetween(1, documents);
        robot.interact(() -> { });
        assertThat(calls.get()).isEqualTo(1);
    }
}
