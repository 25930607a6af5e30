package org.parallax.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.testfx.api.FxRobot;

/**
 * A filter typed over the documents list that matches none of the project's documents: the empty list said "No
 * documents yet: File → Import → Documents…", as in a new project, so a researcher whose filter held a typo (or a
 * word in another alphabet) took their documents for lost and imported them again. It now says that the filter
 * matches none of them and how to list them.
 */
class DocumentsFilterMatchingNothingRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) {
        return UiFixture.createProject(folder);
    }

    @Test
    void aFilterMatchingNoDocumentSaysSoInsteadOfNoDocumentsYet(FxRobot robot) throws Exception {
        waitUntil(() -> main.openProperty().get() && main.documents().rows().size() == 2);
        Label placeholder = find(robot, "#documentsPlaceholder", Label.class);

        robot.clickOn("#documentFilter").write("zzyzx");

        waitUntil(() -> main.documents().filteredRows().isEmpty());
        assertThat(read(placeholder::getText)).isEqualTo(
                "None of the 2 documents matches “zzyzx” (title, actor, type or date): clear the filter to list them");
        assertThat(read(placeholder::isVisible)).isTrue();

        robot.interact(() -> find(robot, "#documentFilter", TextField.class).clear());

        waitUntil(() -> main.documents().filteredRows().size() == 2);
        assertThat(read(placeholder::getText)).startsWith("No documents yet");
    }
}
