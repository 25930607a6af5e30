package org.parallax.ui.tracing;

import java.util.Locale;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.parallax.model.Hypothesis;
import org.parallax.model.HypothesisSet;

/**
 * The evidence form: the passage chosen with "Use as evidence…", P(E|H) per hypothesis (a number, a verbal term such
 * as "likely", or LOW:HIGH), an event date, a note and a dependency group.
 */
final class EvidenceFormView extends VBox {
    private final GridPane likelihoods = new GridPane();
    private final TracingViewModel viewModel;
    private final Button record = new Button("Record evidence");

    EvidenceFormView(TracingViewModel viewModel) {
        super(4);
        this.viewModel = viewModel;
        setId("evidenceForm");
        setPadding(new Insets(4, 6, 4, 6));
        Label passage = new Label();
        passage.setId("pendingPassage");
        passage.setWrapText(true);
        likelihoods.setHgap(6);
        likelihoods.setVgap(3);
        viewModel.likelihoods().addListener((ListChangeListener<LikelihoodField>) c -> fields());
        fields();
        record.setId("recordEvidence");
        record.disableProperty().bind(viewModel.pendingProperty().isNull().and(viewModel.editingProperty().isNull()));
        record.textProperty().bind(viewModel.editingProperty().map(r -> "Save changes to #" + r.id())
                .orElse("Record evidence"));
        record.setOnAction(e -> viewModel.recordEvidence(() -> { }));
        Button cancel = new Button("Cancel");
        cancel.setId("cancelEdit");
        cancel.visibleProperty().bind(viewModel.editingProperty().isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> viewModel.cancelEdit());
        passage.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> viewModel.editingProperty()
                .get() != null ? "Editing evidence #" + viewModel.editingProperty().get().id() + ": "
                + viewModel.editingProperty().get().description() : viewModel.pendingProperty().get() != null
                ? "Passage: " + viewModel.pendingProperty().get().label() : "Right-click a passage or a selection in "
                + "the document: \"Use as evidence…\"", viewModel.editingProperty(), viewModel.pendingProperty()));
        // The buttons sit at the top so they stay in view however many hypotheses the set has; in a narrow pane
        // they keep their whole text and the hint wraps beneath them instead of both being cut short.
        record.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label hint = new Label("P(E|H): 0.8, likely, 0.2:0.4 …");
        hint.setWrapText(true);
        getChildren().addAll(passage, new javafx.scene.layout.HBox(6, record, cancel), hint, likelihoods);
        // "Use … as evidence…" brings this form forward: the keyboard follows it to P(E|H), where it stayed in the
        // document and what was typed next went nowhere. Also when that menu item is what builds the tab.
        viewModel.pendingProperty().addListener((o, was, now) -> {
            if (now != null) {
                focusFirstLikelihood();
            }
        });
        if (viewModel.pendingProperty().get() != null) {
            focusFirstLikelihood();
        }
    }

    /**
     * Gives the first P(E|H) field the keyboard once this form is in the window: after the tab that holds it is chosen
     * (the passage is set before), and after the tab is first shown when the passage is what builds it.
     */
    private void focusFirstLikelihood() {
        if (getScene() == null) {
            sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                    javafx.scene.Scene was, javafx.scene.Scene now) {
                    if (now != null) {
                        sceneProperty().removeListener(this);
                        focusFirstLikelihood();
                    }
                }
            });
            return;
        }
        javafx.application.Platform.runLater(() -> likelihoods.getChildren().stream()
                .filter(TextField.class::isInstance).findFirst().ifPresent(javafx.scene.Node::requestFocus));
    }

    private void fields() {
        likelihoods.getChildren().clear();
        int row = 0;
        HypothesisSet set = viewModel.shownSetProperty().get();
        for (LikelihoodField f : viewModel.likelihoods()) {
            likelihoods.addRow(row++, wholeLabel("P(E|" + f.hypothesis() + ")"),
                    field("likelihood-" + f.hypothesis(), f.text(), "number, term or range"));
            // The hypothesis itself under its field: weighing evidence needs its statement in view, which the
            // set's name and the columns of the evidence table do not give.
            Optional<Hypothesis> hypothesis = set == null ? Optional.empty() : set.hypothesis(f.hypothesis());
            if (hypothesis.isPresent()) {
                likelihoods.add(statement(hypothesis.get()), 0, row++, 2, 1);
            }
        }
        likelihoods.addRow(row++, wholeLabel("Event date"), field("evidenceDate", viewModel.dateProperty(),
                "YYYY-MM-DD (default: the document's)"));
        likelihoods.addRow(row++, wholeLabel("Note"), field("evidenceNote", viewModel.noteProperty(),
                "why this is evidence"));
        likelihoods.addRow(row, wholeLabel("Group"), field("evidenceGroup", viewModel.groupProperty(),
                "same source repeating itself"));
    }

    /** "H1, prior 0.4: statement", wrapped to the form's width. */
    private static Label statement(Hypothesis hypothesis) {
        Label label = new Label(hypothesis.name() + ", prior " + String.format(Locale.ROOT, "%.3g",
                hypothesis.prior()).replaceAll("\\.?0+$", "") + ": " + hypothesis.statement());
        label.setId("statement-" + hypothesis.name());
        label.getStyleClass().add("pane-subtitle");
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** A field's name, never cut short: in a narrow pane the field beside it gives way. */
    private static Label wholeLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefWidth(200);
        field.textProperty().bindBidirectional(value);
        // Enter records, as the button does: with more than two hypotheses the button is scrolled out of view by the
        // time the last field is filled, and Enter did nothing.
        field.setOnAction(e -> {
            if (!record.isDisabled()) {
                record.fire();
            }
        });
        return field;
    }
}
