package org.parallax.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.ui.RobotWindow;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * While only the coders were pseudonymised, a PNG of the matrix was written whatever it showed, so a column headed by
 * a coder's name (an attribute "reviewer" the analyst filled with the coder's login) went out in the picture, while the
 * SVG and CSV of the same matrix read Coder 2. A picture shows no coder's name of its own making and is written; one
 * whose labels write a coder's name is refused in one line, the SVG offered.
 */
class CoderNamesInPicturesRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) throws Exception {
        Path project = super.project(folder);
        try (Workbench wb = Workbench.open(project)) {
            Document d = wb.documents().list().get(0);
            Map<String, String> attributes = new HashMap<>(d.meta().attributes());
            attributes.put("reviewer", "second-coder");
            DocumentMeta m = d.meta();
            wb.documents().updateMeta(d.id(), new DocumentMeta(m.title(), m.date(), m.type(), m.actor(),
                    m.language(), m.scenario(), attributes));
            wb.pseudonymiseCoders(true);
        }
        return project;
    }

    @Test
    void aPictureIsRefusedOnlyWhenItsLabelsWriteACodersName(FxRobot robot) throws Exception {
        selectTab(robot, "Analysis");
        waitUntil(() -> main.analysis().rows().size() == 11);
        TableView<?> table = find(robot, "#analysisTable", TableView.class);

        Path plain = dir.resolve("scenarios.png");
        robot.interact(() -> main.analysis().exportPng(table, plain));
        waitUntil(() -> main.status().lastResultProperty().get().equals("Matrix image written to " + plain));
        assertThat(dialogs.errors).isEmpty();
        assertThat(Files.readAllBytes(plain)).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        robot.interact(() -> main.analysis().columnChoiceProperty().set("attr:reviewer"));
        waitUntil(() -> main.analysis().headers().contains("second-coder") && table.getColumns().size() > 2);
        Path named = dir.resolve("reviewers.png");
        robot.interact(() -> main.analysis().exportPng(table, named));
        waitUntil(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).singleElement().asString().contains("reviewers.png: not written: a PNG is a "
                + "picture of the window, and a label it shows writes a coder's name").contains("save the chart as SVG");
        assertThat(named).doesNotExist();
    }
}
