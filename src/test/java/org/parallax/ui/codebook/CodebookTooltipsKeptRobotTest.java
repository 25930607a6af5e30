package org.parallax.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.coding.TextRange;
import org.testfx.api.FxRobot;

/**
 * Coding a passage changes a count in the codebook, and the tree re-makes its visible cells: each cell keeps its one
 * tooltip and changes its text, where it built a new one (a popup window's scene) per cell per passage coded.
 */
class CodebookTooltipsKeptRobotTest extends RobotWindow {

    @Test
    void aCodedPassageChangesTheTooltipsTextsNotTheTooltips(FxRobot robot) throws Exception {
        TreeView<?> tree = find(robot, "#codebookTree", TreeView.class);
        waitUntil(() -> !tooltips(tree).isEmpty()
                && main.document().documentProperty().get() != null);
        Map<TreeCell<?>, Tooltip> before = read(() -> tooltipsByCell(tree));
        String counts = read(() -> String.join("|", tooltips(tree).values()));

        read(() -> {
            main.document().selectionProperty().set(new TextRange(10, 60));
            return main.document().codeWithShortcut(1);
        });
        waitUntil(() -> !String.join("|", tooltips(tree).values()).equals(counts));

        Map<TreeCell<?>, Tooltip> after = read(() -> tooltipsByCell(tree));
        after.keySet().retainAll(before.keySet());
        assertThat(after).as("cells shown before and after").isNotEmpty();
        after.forEach((cell, tooltip) -> assertThat(tooltip).as("the tooltip of a cell the tree kept")
                .isSameAs(before.get(cell)));
    }

    /** Each cell that shows a tooltip, with it. */
    private static Map<TreeCell<?>, Tooltip> tooltipsByCell(TreeView<?> tree) {
        Map<TreeCell<?>, Tooltip> out = new IdentityHashMap<>();
        tree.lookupAll(".tree-cell").stream()
                .filter(n -> n instanceof TreeCell<?> c && c.getTooltip() != null)
                .forEach(n -> out.put((TreeCell<?>) n, ((TreeCell<?>) n).getTooltip()));
        return out;
    }

    /** Each shown code cell's tooltip with its text. */
    private static Map<Tooltip, String> tooltips(TreeView<?> tree) {
        Map<Tooltip, String> out = new IdentityHashMap<>();
        tree.lookupAll(".tree-cell").stream()
                .filter(n -> n instanceof TreeCell<?> c && c.getItem() instanceof CodebookNode node && node.isCodable()
                        && c.getTooltip() != null)
                .forEach(n -> out.put(((TreeCell<?>) n).getTooltip(), ((TreeCell<?>) n).getTooltip().getText()));
        return out;
    }
}
