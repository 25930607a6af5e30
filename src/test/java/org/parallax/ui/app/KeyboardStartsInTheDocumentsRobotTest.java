package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;

/**
 * A project opened puts the keyboard in its documents list, where the arrows choose a document: it was in the
 * documents filter (JavaFX's first field), whose blinking caret kept an idle window drawing 60 times a second.
 */
class KeyboardStartsInTheDocumentsRobotTest extends RobotWindow {
    @Test
    void aProjectOpenedHasTheKeyboardInItsDocumentsListAndTheArrowsChooseADocument(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15
                && main.documents().selectedProperty().get() != null);
        assertThat(id(settled(this::focused, n -> n != null && "documentsTable".equals(n.getId()))))
                .as("what has the keyboard once the project is open").isEqualTo("documentsTable");
        long first = read(() -> main.documents().selectedProperty().get().id());
        robot.type(KeyCode.DOWN);
        assertThat(settled(() -> main.documents().selectedProperty().get().id(), id -> id != first))
                .as("the document chosen after Down").isNotEqualTo(first);

        // Opened again from the menu, after the keyboard went elsewhere.
        Path project = Path.of(read(() -> main.context().workbench().location()));
        robot.interact(() -> find(robot, "#documentFilter", Node.class).requestFocus());
        robot.interact(main::close);
        robot.interact(() -> main.open(project));
        assertThat(id(settled(this::focused, n -> n != null && "documentsTable".equals(n.getId()))))
                .as("what has the keyboard once the project is open again").isEqualTo("documentsTable");
    }

    private Node focused() {
        return read(() -> stage.getScene().getFocusOwner());
    }

    private static String id(Node node) {
        return node == null ? "nothing" : node.getId();
    }
}
