package org.parallax.ui.documents;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.MemoKind;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;

/**
 * A new user's first import is titled by its file name; they type a real title in the Details tab and press Save
 * details. The heading over the text and the memo's heading then name the document by that title, as the list does:
 * both kept the file name until the document was opened again.
 */
class SavedTitleShownRobotTest extends RobotWindow {
    private static final String RENAMED = "Putin interview to Bloomberg, Vladivostok";

    @Test
    void aTitleSavedInTheDetailsTabHeadsTheTextAndTheMemo(FxRobot robot) throws Exception {
        waitUntil(() -> !main.documents().rows().isEmpty());
        Document bloomberg = listedDocument(d -> d.meta().title().startsWith("Interview to Bloomberg"));
        robot.interact(() -> main.documents().select(bloomberg.id()));
        Label heading = find(robot, "#documentTitle", Label.class);
        waitUntil(() -> bloomberg.meta().title().equals(heading.getText()));
        selectTab(robot, "Memo");
        robot.interact(() -> main.memo().kindProperty().set(MemoKind.DOCUMENT));
        waitUntil(() -> main.memo().headingProperty().get().endsWith(bloomberg.meta().title()));

        selectTab(robot, "Details");
        TextField title = find(robot, "#metadataTitle", TextField.class);
        robot.interact(() -> title.setText(RENAMED));
        robot.clickOn(find(robot, "#saveDetails", Button.class));
        waitUntil(() -> main.documents().rows().stream()
                .anyMatch(r -> r.document().id() == bloomberg.id() && r.document().meta().title().equals(RENAMED)));

        String overTheText = settled(heading::getText, RENAMED::equals);
        String overTheMemo = settled(() -> main.memo().headingProperty().get(), h -> h.endsWith(RENAMED));
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(overTheText).isEqualTo(RENAMED);
            soft.assertThat(overTheMemo).isEqualTo("Document memo: " + RENAMED);
            soft.assertThat(dialogs.errors).isEmpty();
        });
    }
}
