package org.parallax.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.Segment;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * A passage coded by its key while an import runs is saved and shown at once: the coding waited behind the whole
 * import on the window's one background thread, the passage showed nothing until the import ended, and a computer
 * going down before it ended lost it. The import is held before it stores its first files (a test hook); the passage
 * coded meanwhile must be highlighted in the window and in the project file, read through a connection of its own.
 */
class CodingDuringImportRobotTest extends RobotWindow {
    private static final String WORDS = "Vladimir Putin said he was satisfied";
    private Path file;

    @Override
    protected Path project(Path folder) {
        file = UiFixture.createProject(folder);
        return file;
    }

    @Test
    void aPassageCodedWhileAnImportRunsIsShownAndInTheFileBeforeTheImportEnds(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 2 && !main.codebook().roots().isEmpty());
        Document kremlin = listedDocument(d -> d.sourceFile().contains("kremlin"));

        whileAnImportIsHeld(robot, () -> {
            selectAndPress(robot, kremlin, WORDS, KeyCode.DIGIT1);

            int start = read(() -> window.text().area().getText().indexOf(WORDS));
            waitUntil(() -> !main.document().passagesAt(start).isEmpty());
            waitOffTheWindow(() -> !inTheFile(kremlin).isEmpty());
            Segment coded = inTheFile(kremlin).get(0);
            assertThat(coded.start()).isEqualTo(start);
            assertThat(coded.end()).isEqualTo(start + WORDS.length());
        });
        assertThat(dialogs.errors).isEmpty();
    }

    private List<Segment> inTheFile(Document document) {
        try (Workbench other = Workbench.openReadOnly(file)) {
            return other.coding().segmentsOfDocument(document.id());
        }
    }
}
