package org.parallax.ui.tracing;

import static org.parallax.ui.tracing.TracingView.field;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.parallax.ui.common.DialogService;

/** Adds a hypothesis (name, prior, catch-all, statement) to the shown set, or starts a new set with it. */
final class HypothesisFormView extends VBox {
    HypothesisFormView(TracingViewModel vm, DialogService dialogs) {
        super(4);
        setId("hypothesisForm");
        setPadding(new Insets(4, 6, 4, 6));
        Label heading = new Label("Add a hypothesis");
        TextField name = field("H3", 60, "hypothesisName");
        TextField prior = field("prior", 60, "hypothesisPrior");
        CheckBox catchAll = new CheckBox("catch-all");
        TextField statement = field("statement", 220, "hypothesisStatement");
        Button add = new Button("Add hypothesis");
        add.setId("addHypothesis");
        add.setOnAction(e -> {
            String set = vm.setProperty().get() != null ? vm.setProperty().get()
                    : dialogs.askText("Hypothesis set", "Name of the new hypothesis set:", "").orElse(null);
            if (set != null) {
                vm.addHypothesis(set, name.getText(), statement.getText(), prior.getText(), catchAll.isSelected());
                name.clear();
                statement.clear();
                prior.clear();
                catchAll.setSelected(false);
            }
        });
        Button newSet = new Button("New set…");
        newSet.setOnAction(e -> dialogs.askText("Hypothesis set", "Name of the new hypothesis set (then add its "
                + "first hypothesis):", "").ifPresent(set -> vm.addHypothesis(set, name.getText(),
                statement.getText(), prior.getText(), catchAll.isSelected())));
        getChildren().addAll(heading, new HBox(6, name, prior, catchAll), statement, new FlowPane(6, 4, add, newSet));
    }
}
