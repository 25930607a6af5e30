package org.parallax.ui.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.model.Ledger;
import org.parallax.model.LedgerStep;
import org.parallax.model.TracingNumbers;
import org.testfx.api.FxRobot;

/**
 * The ledger's posteriors were points on a chart: a researcher could neither read their values nor reach them from
 * the keyboard. The chart now takes the keyboard: the arrows (Home, End) go from the priors to each item, the line
 * beside the plot gives that step's posteriors, the item is selected in the evidence table and Enter opens its
 * passage.
 */
class LedgerByKeyboardRobotTest extends TracingRobotWindow {
    @Test
    void theArrowsReadEachStepsPosteriorsAndEnterOpensTheItemsPassage(FxRobot robot) throws Exception {
        TableView<EvidenceRow> evidence = recordOneItem(robot, "very likely", "unlikely", "even");
        waitUntil(() -> main.tracing().ledgerProperty().get() != null
                && main.tracing().ledgerProperty().get().steps().size() == 1);
        Ledger ledger = read(() -> main.tracing().ledgerProperty().get());
        LedgerStep item = ledger.steps().get(0);
        LineChart<?, ?> chart = find(robot, "#ledgerChart", LineChart.class);
        robot.interact(() -> {
            main.documents().select(1);
            evidence.getSelectionModel().clearSelection();
        });
        waitUntil(() -> main.document().documentProperty().get() != null
                && main.document().documentProperty().get().id() == 1);

        // From the evidence table, Tab reaches the chart (past the results' tab strip).
        robot.interact(evidence::requestFocus);
        for (int i = 0; i < 6 && !read(chart::isFocused); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(read(chart::isFocused)).as("Tab reached the ledger chart").isTrue();

        robot.type(KeyCode.HOME);
        assertThat(text(robot, "#ledgerStep")).isEqualTo("Priors\n" + values(ledger, null));
        robot.type(KeyCode.RIGHT);
        assertThat(text(robot, "#ledgerStep")).isEqualTo("After item 1 of 1, #" + item.evidence().id() + " ("
                + item.date() + ")\n" + values(ledger, item));
        assertThat(read(() -> evidence.getSelectionModel().getSelectedItem().id())).isEqualTo(item.evidence().id());

        robot.type(KeyCode.LEFT);
        assertThat(text(robot, "#ledgerStep")).isEqualTo("Priors\n" + values(ledger, null));
        robot.type(KeyCode.END);
        assertThat(text(robot, "#ledgerStep")).startsWith("After item 1 of 1, #" + item.evidence().id());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> main.document().documentProperty().get().id() == 8);
    }

    /** "H1 0.5", "H2 0.3", "Other 0.2", a line each: the priors ({@code step} null) or the posteriors after it. */
    private static String values(Ledger ledger, LedgerStep step) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < ledger.set().hypotheses().size(); i++) {
            double p = step == null ? ledger.set().hypotheses().get(i).prior() : step.posterior()[i];
            values.add(ledger.set().hypotheses().get(i).name() + " " + TracingNumbers.probability(p));
        }
        return String.join("\n", values);
    }
}
