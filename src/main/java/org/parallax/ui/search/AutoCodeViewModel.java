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

    public AutoCodeViewModel(ProjectContext context, SearchViewModel search) {
        this.context = context;
        this.search = search;
        context.workbenchProperty().addListener((o, was, now) -> {
            codes.clear();
            forget();
            reloadCodes();
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
        context.read(wb -> wb.codebook().current().codes().stream().map(Code::name).toList(), names -> {
            if (!names.equals(codes)) {
                codes.setAll(names);
            }
        });
    }

    /** A plan no longer matches once its inputs change; Apply needs a fresh preview. */
    private void forget() {
        plan.set(null);
        preview.set(NOTHING_PLANNED);
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
                + Counted.of(plan.documents(), "document") + ", " + plan.alreadyCoded() + " already coded";
    }

    /** Applies the previewed plan as one edit; Ctrl+Z undoes it. */
    public void apply() {
        AutocodePlan made = plan.get();
        if (made == null || made.passages().isEmpty()) {
            return;
        }
        context.act(wb -> wb.autoCoding().apply(made), created -> {
            plan.set(null);
            preview.set("Created " + Counted.of(created.size(), "passage") + " with " + made.codeName() + " — Ctrl+Z undoes it");
        });
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
