package org.parallax.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.WindowSize;
import org.parallax.ui.app.Settings;
import org.testfx.api.FxRobot;

/**
 * A project reopens at the document last open in it, far down the documents list: the list shows that document's
 * row whole, with its rows aligned to the top of the list, or near its end the last row whole at the bottom (it
 * opened half a row scrolled).
 * The window is low enough that the sample's 15 documents do not all fit the list.
 */
@WindowSize(width = 1280, height = 650)
class DocumentsListReopensAlignedRobotTest extends RobotWindow {
    /** Far enough down the sample's 15 documents to be out of sight in a short window, not the last one. */
    private static final long LAST_OPEN = 10;

    @Override
    protected Settings settings(Settings sized, Path project) {
        String path = project.toAbsolutePath().toString();
        return sized.withProject(path).withLastDocument(path, LAST_OPEN);
    }

    @Test
    void theLastOpenDocumentsRowIsShownWholeWithTheRowsAligned(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15
                && main.documents().selectedProperty().get() != null
                && main.documents().selectedProperty().get().id() == LAST_OPEN);
        TableView<?> table = find(robot, "#documentsTable", TableView.class);
        String shown = settled(() -> placement(table), p -> p.startsWith("aligned"));
        assertThat(shown).startsWith("aligned");
    }

    /** Where the selected row and the first row sit in the list, in words a failure can show. */
    private static String placement(TableView<?> table) {
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        int selected = table.getSelectionModel().getSelectedIndex();
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        IndexedCell<?> row = flow == null || selected < 0 ? null : flow.getVisibleCell(selected);
        // Not table.isNeedsLayout(): under Monocle the table asks for a layout again in every pulse, so it never
        // reads false, and the test saw "not laid out" where row 10 was in view but cut at the top.
        if (first == null || row == null) {
            return "row " + selected + " not in view";
        }
        double height = clipped(flow);
        boolean whole = row.getLayoutY() >= -0.5 && row.getLayoutY() + row.getHeight() <= height + 0.5;
        boolean topAligned = Math.abs(first.getLayoutY()) < 0.5;
        // Near the end of the list the rows are aligned to its bottom instead: the last one whole.
        IndexedCell<?> last = flow.getLastVisibleCell();
        boolean endsWhole = last.getIndex() == table.getItems().size() - 1
                && Math.abs(last.getLayoutY() + last.getHeight() - height) < 0.5;
        String where = "selected row " + selected + " at " + row.getLayoutY() + " (height " + row.getHeight()
                + ") in " + height + " px; first row " + first.getIndex() + " at " + first.getLayoutY();
        return (whole && (topAligned || endsWhole) ? "aligned: " : "misplaced: ") + where + "; last row "
                + last.getIndex() + " ends at " + (last.getLayoutY() + last.getHeight());
    }

    /** The height rows are shown in: the flow less a sideways scroll bar. */
    private static double clipped(VirtualFlow<?> flow) {
        return flow.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.control.ScrollBar b
                && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible())
                .findFirst().map(b -> flow.getHeight() - b.getBoundsInParent().getHeight()).orElse(flow.getHeight());
    }
}
