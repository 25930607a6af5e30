package org.parallax.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import org.parallax.ui.passages.PassageListPane;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.WindowSize;
import org.testfx.api.FxRobot;

/**
 * The Analysis tab at 1280×800 on the sample: the exports, the counting line and the source balance warning beside
 * the matrix needed more height than the tab has, and the part beside the matrix was laid over the choices above it,
 * the export buttons over the Actor choice and the Heat map box, which could not be seen or clicked. Every choice and
 * export is drawn apart from the others and inside the tab, at 1280×800 and (scrolling where it must) at 1024×768.
 */
@WindowSize(width = 1280, height = 800)
class AnalysisControlsInViewRobotTest extends RobotWindow {
    @Test
    void everyChoiceAndExportIsInViewAndCoveredByNoOther(FxRobot robot) throws Exception {
        selectTab(robot, "Analysis");
        waitUntil(() -> main.analysis().rows().size() == 11 && !main.analysis().balanceProperty().get().isEmpty());
        AnalysisView view = read(() -> analysisView(find(robot, "#analysisColumns", Node.class)));
        assertInViewAndApart(view, false);

        resizeTo(robot, 1024, 768);
        assertInViewAndApart(view, true);
    }

    private static void assertInViewAndApart(AnalysisView view, boolean mayScroll) throws Exception {
        List<Node> controls = settled(() -> {
            List<Node> out = new ArrayList<>();
            collect(view, out);
            return out;
        }, found -> found.size() >= 13);
        assertThat(controls).as("rows, columns, measure, percent, two dates, coder, actor, heat map, four exports")
                .hasSize(13);
        String overlaps = settled(() -> overlaps(view, controls, mayScroll), String::isEmpty);
        assertThat(overlaps).isEmpty();
    }

    /** Each pair of controls drawn one over the other, and each control outside the tab (or its scrolled part). */
    private static String overlaps(AnalysisView view, List<Node> controls, boolean mayScroll) {
        // The tab's content area: a view taller than it at its least is laid out past it, over the tab strip.
        Bounds tab = scene(view.getParent());
        StringBuilder found = new StringBuilder();
        for (int i = 0; i < controls.size(); i++) {
            Node a = controls.get(i);
            Bounds ab = scene(a);
            ScrollPane scroll = scrollPaneOf(a);
            boolean inside = within(ab, tab) && (scroll == null || within(ab, scene(scroll)));
            if (!a.isVisible() || !(inside || mayScroll && scroll != null && within(scene(scroll), tab))) {
                found.append(name(a)).append(" outside the tab ").append(ab).append(" of ").append(tab).append('\n');
            }
            for (int j = i + 1; j < controls.size(); j++) {
                Node b = controls.get(j);
                if (ab.intersects(scene(b))) {
                    found.append(name(a)).append(" and ").append(name(b)).append(" overlap\n");
                }
            }
        }
        return found.toString();
    }

    private static boolean within(Bounds inner, Bounds outer) {
        return inner.getMinX() >= outer.getMinX() - 0.5 && inner.getMaxX() <= outer.getMaxX() + 0.5
                && inner.getMinY() >= outer.getMinY() - 0.5 && inner.getMaxY() <= outer.getMaxY() + 0.5;
    }

    /** The scroll pane the node is shown in, inside the tab; null when none. */
    private static ScrollPane scrollPaneOf(Node node) {
        for (Parent p = node.getParent(); p != null && !(p instanceof AnalysisView); p = p.getParent()) {
            if (p instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }

    /** The choices and the exports, looked for in every part of the tab but the matrix and the cell's passages. */
    private static void collect(Parent parent, List<Node> out) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof ComboBoxBase<?> || child instanceof CheckBox
                    || child instanceof Button && "analysisExports".equals(idOf(child.getParent()))) {
                out.add(child);
            } else if (child instanceof Parent inner && !(child instanceof TableView<?>)
                    && !(child instanceof PassageListPane)) {
                collect(inner, out);
            }
        }
    }

    private static String idOf(Node node) {
        return node == null ? null : node.getId();
    }

    private static AnalysisView analysisView(Node inside) {
        Node node = inside;
        while (!(node instanceof AnalysisView)) {
            node = node.getParent();
        }
        return (AnalysisView) node;
    }

    private static String name(Node node) {
        if (node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null) {
            return labeled.getText();
        }
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId());
    }

    private static Bounds scene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }
}
