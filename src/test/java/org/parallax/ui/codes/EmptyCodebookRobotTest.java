package org.parallax.ui.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.parallax.model.Code;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.Shown;
import org.parallax.ui.WindowSize;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * A project made with an empty codebook had no way in the window to the study's Table 1 codebook (only {@code parallax
 * codebook import P table1}): the empty Codes tab says there are no codes and offers it, and one click adds its
 * frames, scenarios and codes, as a project made from the template has them.
 */
@WindowSize(width = 1280, height = 800)
class EmptyCodebookRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) {
        Path project = folder.resolve("empty.parallax");
        Workbench.create(project, null).close();
        return project;
    }

    @Test
    void theEmptyCodesTabAddsTheTable1Codebook(FxRobot robot) throws Exception {
        selectTab(robot, "Codes");
        waitUntil(() -> robot.lookup("#codesEmpty").tryQuery().isPresent());
        Label empty = find(robot, "#codesEmpty", Label.class);
        waitUntil(() -> Shown.text(empty).startsWith("No codes yet"));
        Button add = find(robot, "#codesAddTable1", Button.class);
        assertThat(read(add::isVisible)).isTrue();

        robot.clickOn(add);

        @SuppressWarnings("unchecked")
        TableView<CodeTables.FrequencyRow> frequencies = find(robot, "#codeFrequencies", TableView.class);
        waitUntil(() -> !frequencies.getItems().isEmpty());
        Path template = dir.resolve("template.parallax");
        List<String> expected;
        try (Workbench made = Workbench.createWithTemplate(template, Workbench.STUDY_TEMPLATE)) {
            expected = codes(made);
        }
        assertThat(fromProject(EmptyCodebookRobotTest::codes)).isNotEmpty().isEqualTo(expected);
        assertThat(dialogs.errors).isEmpty();
    }

    private static List<String> codes(Workbench wb) {
        return wb.codebook().current().codes().stream().filter(c -> !c.isScenarioCode()).map(Code::name).sorted()
                .toList();
    }
}
