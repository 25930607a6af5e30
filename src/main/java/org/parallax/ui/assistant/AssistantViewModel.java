package org.parallax.ui.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.ui.coding.DocumentViewModel;
import org.parallax.ui.coding.OpenDocument;
import org.parallax.ui.coding.SuggestionKeys;
import org.parallax.ui.coding.SuggestionMarks;
import org.parallax.ui.coding.TextRange;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.AssistantEvaluation;
import org.parallax.workbench.AssistantSettings;
import org.parallax.workbench.Suggestion;
import org.parallax.workbench.TrainedAssistant;

/**
 * The coding assistant in the window: its evaluation against the active coder (shown before suggestions can
 * be turned on), the switch that trains it and shows its suggestions for the open document, and the keys that
 * accept, reject or skip the current suggestion. Training, suggesting, accepting and rejecting run in the
 * background; the model lives until suggestions are turned off or the project closes.
 */
public final class AssistantViewModel {
    private final ProjectContext context;
    private final DocumentViewModel document;
    private final AssistantSettings settings = AssistantSettings.defaults();
    private final ObservableList<AssistantEvaluation.CodeFigures> figures = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(
            "Evaluate the assistant against your coding before turning its suggestions on.");
    private final ReadOnlyBooleanWrapper evaluated = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty enabled = new SimpleBooleanProperty(false);
    private final List<Suggestion> suggestions = new ArrayList<>();
    private TrainedAssistant trained;
    private long suggestionsFor = -1;
    private int current = -1;

    public AssistantViewModel(ProjectContext context, DocumentViewModel document) {
        this.context = context;
        this.document = document;
        document.setSuggestionKeys(this::act);
        enabled.addListener((o, was, now) -> {
            if (now) {
                turnOn();
            } else {
                turnOff();
            }
        });
        document.documentProperty().addListener((o, was, now) -> {
            if (now != null && now.id() != suggestionsFor && trained != null) {
                suggestFor(now.id());
            }
        });
        context.workbenchProperty().addListener((o, was, now) -> {
            enabled.set(false);
            turnOff();
            figures.clear();
            warning.set("");
            evaluated.set(false);
        });
    }

    /** Evaluates the assistant against the active coder (k-fold by document) and shows the figures. */
    public void evaluate() {
        status.set("Evaluating…");
        context.read(wb -> wb.assistant().evaluate(settings), e -> {
            List<AssistantEvaluation.CodeFigures> rows = new ArrayList<>(e.codes());
            rows.add(e.overall());
            figures.setAll(rows);
            warning.set(e.warning().orElse(""));
            evaluated.set(true);
            status.set(String.format(Locale.ROOT, "%d-fold evaluation over %d documents coded by %s (%s).",
                    e.folds(), e.documents(), e.coder(), e.settings().describe(e.coder())));
        });
    }

    private void turnOn() {
        if (!evaluated.get()) {
            enabled.set(false);
            return;
        }
        status.set("Training the assistant on your coding…");
        context.read(wb -> wb.assistant().train(settings), model -> {
            trained = model;
            status.set("Suggestions on: learnt from " + model.codedUnits() + " coded units.");
            if (!enabled.get()) {
                turnOff();
                return;
            }
            OpenDocument open = document.documentProperty().get();
            if (open != null) {
                suggestFor(open.id());
            }
        });
    }

    private void turnOff() {
        TrainedAssistant old = trained;
        trained = null;
        suggestionsFor = -1;
        suggestions.clear();
        current = -1;
        document.suggestionMarksProperty().set(SuggestionMarks.NONE);
        if (old != null) {
            context.run(() -> {
                old.close();
                return null;
            }, done -> {
            });
        }
    }

    private void suggestFor(long documentId) {
        TrainedAssistant model = trained;
        suggestionsFor = documentId;
        context.read(wb -> model.suggestForReading(documentId), found -> {
            if (trained != model || suggestionsFor != documentId) {
                return;
            }
            suggestions.clear();
            suggestions.addAll(found);
            current = found.isEmpty() ? -1 : 0;
            publish();
        });
    }

    private boolean act(SuggestionKeys.Action action) {
        if (current < 0 || current >= suggestions.size()) {
            return false;
        }
        Suggestion s = suggestions.get(current);
        switch (action) {
            case ACCEPT -> {
                AssistantSettings used = trained.settings();
                context.write(wb -> wb.assistant().accept(s, used));
                remove(s);
            }
            case REJECT -> {
                context.write(wb -> wb.assistant().reject(s));
                remove(s);
            }
            case NEXT -> {
                current = (current + 1) % suggestions.size();
                publish();
            }
        }
        return true;
    }

    private void remove(Suggestion s) {
        suggestions.remove(s);
        if (current >= suggestions.size()) {
            current = suggestions.isEmpty() ? -1 : 0;
        }
        publish();
    }

    private void publish() {
        if (suggestions.isEmpty()) {
            document.suggestionMarksProperty().set(new SuggestionMarks(suggestionsFor, List.of(), -1,
                    trained == null ? "" : "No suggestions left in this document."));
            return;
        }
        Suggestion s = suggestions.get(current);
        String hint = String.format(Locale.ROOT, "Suggestion %d of %d: %s, confidence %.2f — A or Enter accepts, "
                + "R rejects, N or Tab goes to the next", current + 1, suggestions.size(), s.codeName(), s.confidence());
        document.suggestionMarksProperty().set(new SuggestionMarks(suggestionsFor,
                suggestions.stream().map(x -> new TextRange(x.start(), x.end())).toList(), current, hint));
    }

    /** The suggestions shown for the open document, in text order (for tests and the status line). */
    public List<Suggestion> suggestions() {
        return List.copyOf(suggestions);
    }

    /** The suggestion the keys act on, or null. */
    public Suggestion currentSuggestion() {
        return current < 0 || current >= suggestions.size() ? null : suggestions.get(current);
    }

    /** The suggestions of this document are loaded (true once they are shown, even if there are none). */
    public boolean hasSuggestionsFor(long documentId) {
        return trained != null && suggestionsFor == documentId
                && document.suggestionMarksProperty().get().documentId() == documentId;
    }

    public ObservableList<AssistantEvaluation.CodeFigures> figures() {
        return figures;
    }

    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty evaluatedProperty() {
        return evaluated.getReadOnlyProperty();
    }

    /** Suggestions while reading; can be turned on only once the evaluation has been shown. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }
}
