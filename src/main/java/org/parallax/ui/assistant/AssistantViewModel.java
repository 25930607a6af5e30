package org.parallax.ui.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.ui.coding.DocumentViewModel;
import org.parallax.ui.coding.OpenDocument;
import org.parallax.ui.coding.SuggestionKeys;
import org.parallax.ui.coding.SuggestionMarks;
import org.parallax.ui.coding.TextRange;
import org.parallax.ui.common.ErrorMessages;
import org.parallax.ui.common.ProjectContext;
import org.parallax.model.AssistantMethod;
import org.parallax.workbench.Assistant;
import org.parallax.workbench.AssistantEvaluation;
import org.parallax.workbench.AssistantSettings;
import org.parallax.workbench.ProjectEvent;
import org.parallax.workbench.Suggestion;
import org.parallax.workbench.TrainedAssistant;

/**
 * The coding assistant in the window: its evaluation against the active coder (shown before suggestions can
 * be turned on), the switch that trains it and shows its suggestions for the open document, and the keys that
 * accept, reject or skip the current suggestion. Training, suggesting, accepting and rejecting run in the
 * background; the model lives until suggestions are turned off or the project closes. The threshold can be
 * changed at any time without training again: the model gives every code it sees with its confidence, and the
 * threshold only chooses which of them are shown. When none reaches it, the hint says so and names the strongest.
 */
public final class AssistantViewModel {
    private final ProjectContext context;
    private final DocumentViewModel document;
    private final AssistantSettings settings = AssistantSettings.defaults();
    /** The methods this installation offers: the lexical ones, and the semantic one with its add-on. */
    private final ObservableList<AssistantMethod> methods = FXCollections.observableArrayList(Assistant.methods());
    private final ObjectProperty<AssistantMethod> method = new SimpleObjectProperty<>(settings.method());
    private final ObservableList<AssistantEvaluation.CodeFigures> figures = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private static final String EVALUATE_FIRST =
            "Evaluate the assistant against your coding before turning its suggestions on.";
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(EVALUATE_FIRST);
    private final ReadOnlyBooleanWrapper evaluated = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty enabled = new SimpleBooleanProperty(false);
    private final ObjectProperty<Double> threshold = new SimpleObjectProperty<>(AssistantSettings.DEFAULT_THRESHOLD);
    /** The threshold that would show the strongest suggestion of the open document; 0 when there is nothing to offer. */
    private final ReadOnlyDoubleWrapper lowerTo = new ReadOnlyDoubleWrapper(0);
    /** Every code the model sees in the open document, at any confidence, minus those accepted or rejected. */
    private final List<Suggestion> candidates = new ArrayList<>();
    /** The candidates at or above the threshold: what the marks show and the keys act on. */
    private final List<Suggestion> suggestions = new ArrayList<>();
    private boolean handledSome;
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
        threshold.addListener((o, was, now) -> {
            if (now == null || !(now > 0 && now <= 1)) {
                threshold.set(was == null ? AssistantSettings.DEFAULT_THRESHOLD : was);
            } else if (now != hundredths(now)) {
                // shown with two decimals everywhere, so it is kept with two: a typed 0.424 read "0.42" while a
                // suggestion at 0.4237 stayed hidden and the hint said it did not reach 0.42
                threshold.set(Math.max(0.01, hundredths(now)));
            } else if (trained != null && suggestionsFor >= 0) {
                showAtThreshold();
            }
        });
        // another method must be evaluated before its suggestions can be shown
        method.addListener((o, was, now) -> {
            if (now == null) {
                method.set(was);
                return;
            }
            forgetEvaluation();
        });
        // An undone acceptance takes its passage away again: asked anew, the model offers it again, where it stayed
        // gone until the document was opened anew. A passage coded by hand likewise takes its suggestion away.
        context.onEvent(e -> {
            if (e == ProjectEvent.SEGMENTS && trained != null && suggestionsFor >= 0) {
                suggestFor(suggestionsFor, currentSuggestion());
            } else if (e == ProjectEvent.CODERS) {
                // The figures were an evaluation against the coder who was active: another coder (a blind second
                // coder) was shown the first one's figures and passage counts, and could turn suggestions on from them.
                forgetEvaluation();
            }
        });
        context.workbenchProperty().addListener((o, was, now) -> forgetEvaluation());
    }

    /** Suggestions off and the figures gone: they no longer describe the method, coder or project chosen now. */
    private void forgetEvaluation() {
        enabled.set(false);
        turnOff();
        figures.clear();
        warning.set("");
        evaluated.set(false);
        status.set(EVALUATE_FIRST);
    }

    /** Evaluates the assistant against the active coder (k-fold by document) and shows the figures. */
    public void evaluate() {
        status.set("Evaluating…");
        AssistantSettings chosen = settings.withMethod(method.get()).withThreshold(threshold.get());
        context.readLong(wb -> wb.assistant().evaluate(chosen), e -> {
            List<AssistantEvaluation.CodeFigures> rows = new ArrayList<>(e.codes());
            rows.add(e.overall());
            figures.setAll(rows);
            warning.set(e.warning().orElse(""));
            evaluated.set(true);
            status.set(String.format(Locale.ROOT, "%d-fold evaluation over %d documents coded by %s (%s).",
                    e.folds(), e.documents(), e.coder(), e.settings().describe(e.coder())));
        }, error -> status.set("Not evaluated: " + ErrorMessages.of(error)));
    }

    private void turnOn() {
        if (!evaluated.get()) {
            enabled.set(false);
            return;
        }
        status.set("Training the assistant on your coding…");
        AssistantSettings chosen = settings.withMethod(method.get());
        context.actLong(wb -> wb.assistant().train(chosen), model -> {
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
        }, error -> {
            status.set("Suggestions off: " + ErrorMessages.of(error));
            enabled.set(false);
        });
    }

    private void turnOff() {
        TrainedAssistant old = trained;
        trained = null;
        suggestionsFor = -1;
        candidates.clear();
        suggestions.clear();
        current = -1;
        lowerTo.set(0);
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
        suggestFor(documentId, null);
    }

    /** Asks the model for the document's candidates; given the suggestion shown, goes on from where it stood. */
    private void suggestFor(long documentId, Suggestion shown) {
        TrainedAssistant model = trained;
        suggestionsFor = documentId;
        context.read(wb -> model.candidatesForReading(documentId), found -> {
            if (trained != model || suggestionsFor != documentId) {
                return;
            }
            candidates.clear();
            candidates.addAll(found);
            if (shown == null) {
                handledSome = false;
            }
            showAtThreshold(shown);
        });
    }

    private void showAtThreshold() {
        showAtThreshold(null);
    }

    /**
     * Chooses the candidates at or above the threshold (in text order) and shows them from the first, or from the
     * first at or after {@code from}.
     */
    private void showAtThreshold(Suggestion from) {
        suggestions.clear();
        candidates.stream().filter(c -> c.confidence() >= threshold.get()).forEach(suggestions::add);
        current = suggestions.isEmpty() ? -1 : 0;
        if (from != null) {
            for (int i = 0; i < suggestions.size(); i++) {
                if (suggestions.get(i).start() >= from.start()) {
                    current = i;
                    break;
                }
            }
        }
        publish();
    }

    private boolean act(SuggestionKeys.Action action) {
        if (current < 0 || current >= suggestions.size()) {
            return false;
        }
        Suggestion s = suggestions.get(current);
        switch (action) {
            case ACCEPT -> {
                AssistantSettings used = trained.settings().withThreshold(threshold.get());
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
        handledSome = true;
        candidates.remove(s);
        suggestions.remove(s);
        if (current >= suggestions.size()) {
            current = suggestions.isEmpty() ? -1 : 0;
        }
        publish();
    }

    private void publish() {
        lowerTo.set(0);
        if (suggestions.isEmpty()) {
            document.suggestionMarksProperty().set(new SuggestionMarks(suggestionsFor, List.of(), -1,
                    trained == null ? "" : nothingShown()));
            return;
        }
        Suggestion s = suggestions.get(current);
        String hint = String.format(Locale.ROOT, "Suggestion %d of %d: %s, confidence %.2f — A or Enter accepts, "
                + "R rejects, N or Tab goes to the next", current + 1, suggestions.size(), s.codeName(), s.confidence());
        document.suggestionMarksProperty().set(new SuggestionMarks(suggestionsFor,
                suggestions.stream().map(x -> new TextRange(x.start(), x.end())).toList(), current, hint));
    }

    /** Why no suggestion is shown, in plain words, offering a lower threshold when one would show something. */
    private String nothingShown() {
        Suggestion strongest = candidates.stream()
                .max(java.util.Comparator.comparingDouble(Suggestion::confidence)).orElse(null);
        if (strongest == null) {
            return handledSome ? "No suggestions left in this document."
                    : "The assistant found nothing in this document like the passages it learnt from.";
        }
        // two decimals, rounded down: the strongest suggestion is shown at the offered threshold, and its confidence
        // reads below the threshold (0.0996 rounded to "0.10" read as reaching the threshold 0.10 it had not)
        double offer = Math.floor(strongest.confidence() * 100) / 100;
        String reached = String.format(Locale.ROOT, "No suggestion %sreached the threshold %.2f in this document; "
                + "the strongest is %s at %.2f.", handledSome ? "left " : "", threshold.get(), strongest.codeName(),
                offer);
        if (offer <= 0) {
            return reached;
        }
        lowerTo.set(offer);
        return reached + String.format(Locale.ROOT, " Lower the threshold to %.2f in the Assistant tab to see it.",
                offer);
    }

    private static double hundredths(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** Lowers the threshold so that the open document's strongest suggestion is shown (after "nothing reached"). */
    public void lowerThreshold() {
        if (lowerTo.get() > 0) {
            threshold.set(lowerTo.get());
        }
    }

    /** The confidence a code needs to be shown (0 to 1); changing it needs no training. */
    /** The method the evaluation and the suggestions use; changing it asks for a new evaluation. */
    public ObjectProperty<AssistantMethod> methodProperty() {
        return method;
    }

    public ObservableList<AssistantMethod> methods() {
        return methods;
    }

    public ObjectProperty<Double> thresholdProperty() {
        return threshold;
    }

    /** The threshold {@link #lowerThreshold} would set, or 0 when there is nothing below the threshold to show. */
    public ReadOnlyDoubleProperty lowerToProperty() {
        return lowerTo.getReadOnlyProperty();
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
