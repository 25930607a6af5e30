package org.parallax.ui.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.model.MemoRow;
import org.testfx.api.FxRobot;

/**
 * Keyboard-only use: the evidence table and the Memos tab opened a row's passage or document on a double-click alone,
 * so a researcher without a mouse could choose a row but not open it. Enter on the selected row opens it.
 */
class EnterOpensRowsRobotTest extends TracingRobotWindow {
    @Test
    void enterOpensTheSelectedEvidenceItemsPassageAndTheSelectedMemosDocument(FxRobot robot) throws Exception {
        TableView<EvidenceRow> evidence = recordOneItem(robot, "very likely", "unlikely", "even");
        robot.interact(() -> main.documents().select(1));
        waitUntil(() -> main.document().documentProperty().get() != null
                && main.document().documentProperty().get().id() == 1);

        robot.interact(() -> {
            evidence.requestFocus();
            evidence.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);

        waitUntil(() -> main.document().documentProperty().get().id() == 8);

        selectTab(robot, "Memos");
        @SuppressWarnings("unchecked")
        TableView<MemoRow> memos = find(robot, "#memosTable", TableView.class);
        waitUntil(() -> memos.getItems().stream().anyMatch(r -> r.documentId() != null && r.documentId() != 8));
        MemoRow about = read(() -> memos.getItems().stream().filter(r -> r.documentId() != null
                && r.documentId() != 8).findFirst().orElseThrow());
        robot.interact(() -> {
            memos.requestFocus();
            memos.getSelectionModel().select(about);
        });
        robot.type(KeyCode.ENTER);

        waitUntil(() -> main.document().documentProperty().get().id() == about.documentId());
    }
}
