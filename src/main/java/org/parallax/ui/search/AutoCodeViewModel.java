package org.parallax.ui.search;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.analysis.TextUnits;
import org.parallax.model.Code;
import org.parallax.model.Counted;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.AutocodePlan;
import org.parallax.workbench.ReportPreview;
import org.parallax.workbench.SearchHit;

/**
 * Auto-coding from the search tab: a code, a scope and all or the selected hits give a previewed plan,
 * which Apply turns into one undoable edit.
 */
public final class AutoCodeViewModel {
    static final String NOTHING_PLANNED = "Search, pick a code, then Preview";

    private final ProjectContext context;
    private final SearchViewModel search;
    private final ObservableList<String> codes = FXCollections.observableArrayList();
    private final StringProperty code = new SimpleStringProperty();
    private final ObjectProperty<TextUnits.Scope> scope = new SimpleObjectProperty<>(TextUnits.Scope.HIT);
    private final BooleanProperty selectedOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<AutocodePlan> plan = new SimpleObjectProperty<>();
    private final StringProperty preview = new SimpleStringProperty(NOTHING_PLANNED);
    /** The undo step of the run just applied, while the line says it was created and that Ctrl+Z undoes it. */
    private String appliedStep;

    public AutoCodeViewModel(ProjectContext context, SearchViewModel search) {
        this.context = context;
        this.search = search;
        context.workbenchProperty().addListener((o, was, now) -> {
            codes.clear();
            forget();
            reloadCodes();
            if (now != null) {
                now.history().addListener(() -> context.tasks().onUi(() -> {
                    if (context.workbench() == now) {
                        stepsChanged();
                    }
                }));
            }
        });
        context.onEvent(e -> reloadCodes());
        code.addListener((o, was, now) -> forget());
        scope.addListener((o, was, now) -> forget());
        selectedOnly.addListener((o, was, now) -> forget());
        search.resultProperty().addListener((o, was, now) -> forget());
        search.selection().addListener((javafx.collections.ListChangeListener<SearchHit>) c -> {
            if (selectedOnly.get()) {
                forget();
            }
        });
    }

    private void reloadCodes() {
        context.read(wb -> wb.codebook().current().inPaneOrder().stream().map(Code::name).toList(), names -> {
            if (!names.equals(codes)) {
                codes.setAll(names);
            }
        });
    }

    /** A plan no longer matches once its inputs change; Apply needs a fresh preview. */
    private void forget() {
        plan.set(null);
        appliedStep = null;
        preview.set(NOTHING_PLANNED);
    }

    /**
     * Once the run is undone (or another step is done after it), "Created 4 passages … — Ctrl+Z undoes it" is no
     * longer so: the line stayed after Ctrl+Z had taken the passages out, with Apply greyed out, and read as if
     * they were still there. The line goes back to asking for a preview.
     */
    private void stepsChanged() {
        String applied = appliedStep;
        if (applied == null) {
            return;
        }
        context.read(wb -> wb.history().undoLabel().orElse(""), latest -> {
            if (applied.equals(appliedStep) && !applied.equals(latest)) {
                forget();
            }
        });
    }

    /** Plans the auto-code in the background and describes it; nothing is written yet. */
    public void preview() {
        String query = search.lastQuery();
        String codeName = code.get();
        if (query == null || codeName == null) {
            forget();
            // Preview pressed with a step left undone names that step: the same line again read as nothing done.
            preview.set(query == null ? "Search first: type words above and press Enter, then Preview"
                    : "Pick a code in \"Auto-code with\" above, then Preview");
            return;
        }
        TextUnits.Scope unit = scope.get();
        // Auto-coding searches again with stemming; after an exact-forms search, the shown lines are the hits.
        List<SearchHit> chosen = selectedOnly.get() ? search.selectedHits()
                : search.shownExact() ? List.copyOf(search.rows()) : null;
        context.read(wb -> wb.autoCoding().planSelected(query, codeName, unit, chosen), made -> {
                    plan.set(made);
                    preview.set(describe(made));
                });
    }

    static String describe(AutocodePlan plan) {
        return "Will create " + Counted.of(plan.passages().size(), "passage") + " in "
                + Counted.of(plan.documents(), "document") + ", " + plan.alreadyCoded() + " already coded"
                + plan.notes().stream().map(note -> " — " + note).collect(java.util.stream.Collectors.joining());
    }

    /** Applies the previewed plan as one edit; Ctrl+Z undoes it. */
    public void apply() {
        AutocodePlan made = plan.get();
        if (made == null || made.passages().isEmpty()) {
            return;
        }
        context.act(wb -> {
            int created = wb.autoCoding().apply(made).size();
            return new Applied(created, wb.history().undoLabel().orElse(null));
        }, applied -> {
            plan.set(null);
            appliedStep = applied.step();
            preview.set("Created " + Counted.of(applied.passages(), "passage") + " with " + made.codeName()
                    + " — Ctrl+Z undoes it");
        });
    }

    /** A run applied: how many passages it created, and its step in the undo history. */
    private record Applied(int passages, String step) {
    }

    public ObservableList<String> codes() {
        return codes;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ObjectProperty<TextUnits.Scope> scopeProperty() {
        return scope;
    }

    public BooleanProperty selectedOnlyProperty() {
        return selectedOnly;
    }

    public ObjectProperty<AutocodePlan> planProperty() {
        return plan;
    }

    public StringProperty previewProperty() {
        return preview;
    }
}
