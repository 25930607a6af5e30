package org.parallax.ui.table1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.passages.PassageRow;
import org.testfx.api.FxRobot;

/**
 * The sample holds a sentence of the Munich speech coded by both its coders, as after a merge: a Table 1 cell listed
 * it twice, alike, and a researcher could not tell the layers apart. Each line names its coder while the project
 * shows several; in blind mode the list holds the active coder's passages alone, and names no one.
 */
class CellPassagesNameTheirCoderRobotTest extends RobotWindow {
    private static final String MUNICH = "Нас также не могут не тревожить";

    @Test
    void aCellsPassagesNameTheirCoderAndBlindModeNamesNone(FxRobot robot) throws Exception {
        waitUntil(() -> !main.table1().rows().isEmpty());
        selectTab(robot, "Table 1");
        int row = table1Row("Perception of threatening behavior").index();
        int total = table1Column("Total");
        robot.interact(() -> main.table1().selectCell(row, total));
        @SuppressWarnings("unchecked")
        ListView<PassageRow> list = find(robot, "#table1Passages", ListView.class);
        waitUntil(() -> list.getItems().stream().filter(r -> r.text().startsWith(MUNICH)).count() == 2);

        assertThat(shown(robot, list)).as("the two lines of the sentence as the list draws them")
                .containsExactlyInAnyOrder(line(list, "analyst"), line(list, "second-coder"))
                .allSatisfy(text -> assertThat(text).startsWith("“" + MUNICH));

        robot.interact(() -> main.coder().blindProperty().set(true));
        waitUntil(() -> list.getItems().stream().filter(r -> r.text().startsWith(MUNICH)).count() == 1
                && list.getItems().stream().noneMatch(r -> r.coder().equals("second-coder")));

        assertThat(shown(robot, list)).singleElement().asString().startsWith("“" + MUNICH)
                .doesNotContain("coded by");
    }

    /** The line the list should draw for the sentence coded by {@code coder}. */
    private static String line(ListView<PassageRow> list, String coder) {
        PassageRow row = read(() -> list.getItems().stream().filter(r -> r.text().startsWith(MUNICH)
                && r.coder().equals(coder)).findFirst().orElseThrow());
        return "“" + row.text() + "” — " + row.document() + ", coded by " + coder;
    }

    /** The text of the list's drawn lines of the sentence, each scrolled into view first. */
    private static List<String> shown(FxRobot robot, ListView<PassageRow> list) throws Exception {
        List<String> texts = new ArrayList<>();
        List<Integer> at = read(() -> {
            List<Integer> indices = new ArrayList<>();
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).text().startsWith(MUNICH)) {
                    indices.add(i);
                }
            }
            return indices;
        });
        for (int index : at) {
            robot.interact(() -> list.scrollTo(index));
            String[] text = new String[1];
            waitUntil(() -> {
                for (Node node : list.lookupAll(".list-cell")) {
                    if (node instanceof ListCell<?> cell && cell.getIndex() == index && cell.getText() != null) {
                        text[0] = cell.getText();
                        return true;
                    }
                }
                return false;
            });
            texts.add(text[0]);
        }
        return texts;
    }
}
