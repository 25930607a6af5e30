package org.parallax.ui.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.parallax.model.Hypothesis;
import org.testfx.api.FxRobot;

/**
 * The Process tracing tab at a small window's size (the subclasses say which): each hypothesis's statement is shown
 * whole, the evidence form has room for its fields, and the P(E|H) columns are in view (at 1280×800) or reached by
 * scrolling the list sideways (at 1024×768, where three of them are wider than the list).
 */
abstract class TracingReadable extends TracingRobotWindow {
    /** Whether every P(E|H) column must be in view; else it may be reached by scrolling the list sideways. */
    protected abstract boolean likelihoodsInView();

    @Test
    void hypothesesFormAndLikelihoodColumnsCanBeRead(FxRobot robot) throws Exception {
        recordOneItem(robot, "very likely", "unlikely", "even");
        List<Hypothesis> hypotheses = read(() -> main.tracing().shownSetProperty().get().hypotheses());
        assertThat(hypotheses).hasSize(3);
        assertThat(settled(() -> problems(robot, hypotheses), List::isEmpty)).isEmpty();
    }

    private List<String> problems(FxRobot robot, List<Hypothesis> hypotheses) {
        List<String> problems = new ArrayList<>();
        Node tab = robot.lookup("#tracingTab").query();
        for (Hypothesis h : hypotheses) {
            Labeled statement = robot.lookup("#statement-" + h.name()).tryQuery().map(Labeled.class::cast)
                    .orElse(null);
            if (statement == null || !statement.isVisible() || !statement.getText().contains(h.statement())) {
                problems.add(h.name() + ": statement not shown");
            } else if (!shown(statement).equals(statement.getText())) {
                problems.add(h.name() + ": statement cut to " + shown(statement));
            }
            TextField field = robot.lookup("#likelihood-" + h.name()).queryAs(TextField.class);
            if (field.getWidth() < 120) {
                problems.add("P(E|" + h.name() + ") field only " + field.getWidth() + " px wide");
            }
        }
        Node form = robot.lookup("#evidenceForm").query();
        while (!(form instanceof ScrollPane) && form.getParent() != null) {
            form = form.getParent();
        }
        Bounds pane = form.getLayoutBounds();
        if (pane.getWidth() < 300 || pane.getHeight() < 150) {
            problems.add("evidence form squeezed to " + pane.getWidth() + " × " + pane.getHeight() + " px");
        }
        TableView<?> evidence = find(robot, "#evidenceTable", TableView.class);
        Region header = (Region) evidence.lookup(".column-header-background");
        double inside = header == null ? evidence.getWidth() : header.getWidth();
        boolean scrolls = evidence.lookupAll(".scroll-bar").stream().anyMatch(b -> b instanceof ScrollBar bar
                && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
        double right = 0;
        for (TableColumn<?, ?> column : evidence.getVisibleLeafColumns()) {
            right += column.getWidth();
            boolean past = right > inside + 1;
            if (column.getText().startsWith("P(E|") && past && (likelihoodsInView() || !scrolls)) {
                problems.add(column.getText() + " ends at " + right + " px, past the list's " + inside + " px");
            }
        }
        List<Labeled> labels = new ArrayList<>();
        collect(tab, labels);
        labels.stream().filter(l -> l.getText() != null && !l.getText().isBlank() && !shown(l).equals(l.getText())
                        && !shown(l).equals(l.getText().replaceFirst("_(?=.)", "")))
                .forEach(l -> problems.add("cut: " + l.getText() + " → " + shown(l)));
        return problems;
    }

    /** What a laid-out Labeled draws: its text node's string, which the skin clips with "…". */
    private static String shown(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(t -> ((Text) t).getText())
                .findFirst().orElse(labeled.getText());
    }

    private static void collect(Node node, List<Labeled> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && !(node instanceof Cell<?>)) {
            out.add(l);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
