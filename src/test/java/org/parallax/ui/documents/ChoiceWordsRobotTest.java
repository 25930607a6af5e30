package org.parallax.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.DocumentType;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The document details' Type shows the same word as the documents list ("treaty", not the constant "TREATY"), and
 * so does every choice in its list; the auto-code scope shows "hit", not "HIT".
 */
class ChoiceWordsRobotTest extends RobotWindow {
    @Test
    void theTypeAndScopeBoxesShowWordsNotConstantNames(FxRobot robot) throws Exception {
        waitUntil(() -> !main.documents().rows().isEmpty());
        Document treaty = listedDocument(d -> d.meta().type() == DocumentType.TREATY);
        robot.interact(() -> main.documents().select(treaty.id()));
        @SuppressWarnings("unchecked")
        ComboBox<DocumentType> type = find(robot, "#metadataType", ComboBox.class);
        waitUntil(() -> type.getValue() == DocumentType.TREATY);
        WaitForAsyncUtils.waitForFxEvents();
        String[] shown = new String[2];
        robot.interact(() -> {
            // The box's skin shows its value and its list through the converter.
            shown[0] = type.getConverter().toString(type.getValue());
            shown[1] = String.join(",", type.getItems().stream().map(type.getConverter()::toString).toList());
        });
        assertThat(shown[0]).isEqualTo("treaty");
        assertThat(shown[1]).isEqualTo("treaty,declaration,speech,minutes,interview,other");

        selectTab(robot, "Search");
        @SuppressWarnings("unchecked")
        ComboBox<Object> scope = find(robot, "#autoCodeScope", ComboBox.class);
        String[] scopes = new String[1];
        robot.interact(() -> scopes[0] = String.join(",", scope.getItems().stream()
                .map(scope.getConverter()::toString).toList()));
        assertThat(scopes[0]).isEqualTo("hit,sentence,paragraph");
    }
}
