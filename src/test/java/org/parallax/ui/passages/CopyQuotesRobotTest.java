package org.parallax.ui.passages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.Offsets;
import org.parallax.model.TextRange;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * A researcher writing up a Table 1 cell copies the passages behind it, for their notes or paper: each passage whole
 * (the list cuts long ones at 400 characters and joins their lines), with its document, code and coder.
 */
class CopyQuotesRobotTest extends RobotWindow {
    private static final String CODE = "Balance of power";

    /** Two documents with a passage of Balance of power each; the first passage long, over several lines. */
    @Override
    protected Path project(Path folder) {
        Path project = UiFixture.createProject(folder);
        try (Workbench wb = Workbench.open(project)) {
            long code = wb.codebook().code(CODE).id();
            List<Document> documents = wb.documents().list();
            String first = wb.documents().text(documents.get(0).id());
            TextRange whole = Offsets.wholeCodePoints(first, 0, Math.min(first.length(), 1_500));
            wb.coding().code(documents.get(0).id(), whole.start(), whole.end(), code, null);
            wb.coding().code(documents.get(1).id(), 10, 60, code, null);
        }
        return project;
    }

    @Test
    void theChosenPassagesOfATable1CellCopyWholeWithTheirSources(FxRobot robot) throws Exception {
        waitUntil(() -> !main.table1().rows().isEmpty());
        selectTab(robot, "Table 1");
        int row = table1Row(CODE).index();
        int total = table1Column("Total");
        robot.interact(() -> main.table1().selectCell(row, total));
        waitUntil(() -> main.table1().cellPassages().size() == 2);
        ListView<?> list = find(robot, "#table1Passages", ListView.class);
        assertThat(read(() -> main.table1().cellPassages().stream().anyMatch(p -> p.text().endsWith("…"))))
                .as("the list cuts the long passage").isTrue();
        robot.interact(() -> {
            Clipboard.getSystemClipboard().clear();
            list.requestFocus();
            list.getSelectionModel().selectAll();
        });
        robot.push(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));

        String expected = quotes(main.table1().cellPassages());
        assertThat(expected).as("a whole passage of several lines").contains("\n").hasSizeGreaterThan(500);
        assertThat(settled(this::copied, expected::equals)).as("the clipboard after Ctrl+C").isEqualTo(expected);
    }

    @Test
    void copyAllInThePassagesTableCopiesEveryPassageListed(FxRobot robot) throws Exception {
        waitUntil(() -> window.text().area().getLength() > 0);
        selectTab(robot, "Passages");
        TableView<?> table = find(robot, "#passagesTable", TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.interact(() -> table.getContextMenu().getItems().stream().filter(i -> "Copy all".equals(i.getText()))
                .findFirst().ifPresent(MenuItem::fire));

        String expected = quotes(read(() -> List.copyOf(main.passages().rows())));
        assertThat(settled(this::copied, expected::equals)).as("the clipboard after Copy all").isEqualTo(expected);
    }

    /** What the clipboard holds as text, read on the FX thread; empty when nothing. */
    private String copied() {
        String text = Clipboard.getSystemClipboard().getString();
        return text == null ? "" : text;
    }

    /** The rows' passages as stored, each quoted and followed by its source, apart by a blank line. */
    private String quotes(List<PassageRow> rows) throws Exception {
        Workbench wb = main.context().workbench();
        return read(() -> List.copyOf(rows)).stream().map(r -> "“"
                + wb.documents().text(r.segment().documentId()).substring(r.segment().start(), r.segment().end())
                + "”\n— " + r.document() + " (" + r.code() + ", " + r.coder() + ")")
                .collect(Collectors.joining("\n\n"));
    }
}
