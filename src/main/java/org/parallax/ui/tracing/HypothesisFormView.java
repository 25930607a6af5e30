package org.parallax.ui.tracing;

import static org.parallax.ui.tracing.TracingView.field;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.parallax.model.Hypothesis;
import org.parallax.model.HypothesisSet;
import org.parallax.ui.common.ChoiceLabels;
import org.parallax.ui.common.DialogService;

/**
 * Adds a hypothesis (name, prior, catch-all, statement) to the shown set, or starts a new set with it; edits (name,
 * statement, prior) or deletes one of the shown set's.
 */
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
        getChildren().addAll(heading, new HBox(6, name, prior, catchAll), statement, new FlowPane(6, 4, add, newSet),
                changing(vm, dialogs));
    }

    /** Picks a hypothesis of the shown set to rename, restate or give a new prior, or to delete. */
    private static VBox changing(TracingViewModel vm, DialogService dialogs) {
        ComboBox<Hypothesis> chosen = new ComboBox<>();
        chosen.setId("hypothesisToChange");
        chosen.setPromptText("a hypothesis");
        ChoiceLabels.show(chosen, Hypothesis::name);
        // The set reloads after every change: the hypothesis chosen stays chosen under its new name, or none is.
        Consumer<HypothesisSet> list = set -> {
            Hypothesis was = chosen.getValue();
            chosen.getItems().setAll(set == null ? List.of() : set.hypotheses());
            chosen.setValue(was == null ? null : chosen.getItems().stream().filter(h -> h.id() == was.id())
                    .findFirst().orElse(null));
        };
        vm.shownSetProperty().addListener((o, was, now) -> list.accept(now));
        list.accept(vm.shownSetProperty().get());
        Button edit = new Button("Edit…");
        edit.setId("editHypothesis");
        edit.setOnAction(e -> {
            Hypothesis h = chosen.getValue();
            if (!vm.allowsChange("Edit hypothesis")) {
                return;
            }
            dialogs.askText("Edit hypothesis", "Name of " + h.name() + ":", h.name()).ifPresent(name -> dialogs
                    .askText("Edit hypothesis", "What " + name.strip() + " claims:", h.statement())
                    .ifPresent(statement -> dialogs.askText("Edit hypothesis", priorQuestion(vm, h, name),
                            String.valueOf(h.prior())).ifPresent(prior -> vm.editHypothesis(h.name(), name,
                            statement, prior))));
        });
        Button delete = new Button("Delete…");
        delete.setId("deleteHypothesis");
        delete.setOnAction(e -> {
            Hypothesis h = chosen.getValue();
            if (vm.allowsChange("Delete hypothesis") && dialogs.confirm("Delete hypothesis", "Delete " + h.name() + " from the set? Its prior ("
                    + h.prior() + ") goes to the set's catch-all, if it has one; Undo (Ctrl+Z) brings it back.")) {
                vm.deleteHypothesis(h.name());
            }
        });
        edit.disableProperty().bind(chosen.valueProperty().isNull());
        delete.disableProperty().bind(chosen.valueProperty().isNull());
        // A heading of its own: beside the list and the buttons, a label made the row wrap at the pane's width.
        return new VBox(4, new Label("Change a hypothesis"), new FlowPane(6, 4, chosen, edit, delete));
    }

    /** Asks for the prior, saying where the difference goes (the catch-all) so the sum of 1 is no surprise. */
    private static String priorQuestion(TracingViewModel vm, Hypothesis h, String name) {
        String catchAll = vm.shownSetProperty().get().hypotheses().stream()
                .filter(other -> other.catchAll() && other.id() != h.id()).map(Hypothesis::name).findFirst()
                .map(other -> " (" + other + ", the catch-all, gives or takes the difference)").orElse("");
        return "Prior of " + name.strip() + ", between 0 and 1" + catchAll + ":";
    }
}
