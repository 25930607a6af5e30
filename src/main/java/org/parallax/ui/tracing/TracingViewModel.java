package org.parallax.ui.tracing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.model.HypothesisSet;
import org.parallax.model.Ledger;
import org.parallax.model.ParallaxException;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.EvidenceRequest;
import org.parallax.workbench.ProjectEvent;

/**
 * The Process tracing tab's state: the hypothesis sets, the chosen set's evidence, ledger, sensitivity and causal
 * chain (read in the background after every change), and the evidence form that "Use as evidence…" fills.
 */
public final class TracingViewModel {
    private final ProjectContext context;
    private final ObservableList<String> sets = FXCollections.observableArrayList();
    private final ObjectProperty<String> set = new SimpleObjectProperty<>();
    private final ObservableList<EvidenceRow> evidence = FXCollections.observableArrayList();
    private final ObservableList<SensitivityRow> sensitivity = FXCollections.observableArrayList();
    private final ObservableList<ChainRow> chain = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<HypothesisSet> shownSet = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Ledger> ledger = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ObjectProperty<PendingPassage> pending = new SimpleObjectProperty<>();
    private final ObservableList<LikelihoodField> likelihoods = FXCollections.observableArrayList();
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty group = new SimpleStringProperty("");
    private final Runnable refresh;
    private volatile String requested;
    private Consumer<PendingPassage> shown = p -> { };
    private OpenPassage opener = (d, s, e) -> { };

    /** Opens a passage in the document view. */
    @FunctionalInterface
    public interface OpenPassage {
        void open(long documentId, int start, int end);
    }

    public TracingViewModel(ProjectContext context) {
        this.context = context;
        this.refresh = context.coalesced(wb -> TracingSnapshot.read(wb, requested), this::show);
        context.workbenchProperty().addListener((o, was, now) -> {
            set.set(null);
            pending.set(null);
            refresh();
        });
        context.onEvent(e -> {
            if (e == ProjectEvent.TRACING || e == ProjectEvent.SEGMENTS || e == ProjectEvent.DOCUMENTS) {
                refresh();
            }
        });
        set.addListener((o, was, now) -> {
            if (now != null && !now.equals(was)) {
                refresh();
            }
        });
        refresh();
    }

    public void refresh() {
        requested = set.get();
        refresh.run();
    }

    private void show(TracingSnapshot snapshot) {
        sets.setAll(snapshot.sets());
        HypothesisSet chosen = snapshot.set();
        boolean sameHypotheses = shownSet.get() != null && chosen != null
                && shownSet.get().hypotheses().equals(chosen.hypotheses());
        shownSet.set(chosen);
        if (chosen != null && !chosen.name().equals(set.get())) {
            set.set(chosen.name());
        }
        if (!sameHypotheses) {
            likelihoods.setAll(chosen == null ? List.of() : chosen.hypotheses().stream()
                    .map(h -> new LikelihoodField(h.name())).toList());
        }
        evidence.setAll(snapshot.evidence());
        ledger.set(snapshot.ledger());
        problem.set(snapshot.problem() == null ? "" : snapshot.problem());
        sensitivity.setAll(snapshot.sensitivity());
        chain.setAll(snapshot.chain());
    }

    /** Puts a passage (coded, or a plain selection when {@code segmentId} is null) into the evidence form. */
    public void useAsEvidence(long documentId, int start, int end, Long segmentId, String label) {
        PendingPassage passage = new PendingPassage(documentId, start, end, segmentId, label);
        pending.set(passage);
        shown.accept(passage);
    }

    /** Records the form as an evidence item of the chosen set; a refused form stays filled, with the reason shown. */
    public void recordEvidence(Runnable done) {
        PendingPassage passage = pending.get();
        String chosen = set.get();
        if (passage == null || chosen == null) {
            context.fail(new ParallaxException(passage == null ? "Choose a passage first: right-click it in the "
                    + "document, or select text, and pick \"Use as evidence…\"" : "Add a hypothesis set first"));
            return;
        }
        LocalDate when;
        try {
            when = date.get() == null || date.get().isBlank() ? null : LocalDate.parse(date.get().strip());
        } catch (DateTimeParseException e) {
            context.fail(new ParallaxException("Date '" + date.get() + "' is not YYYY-MM-DD"));
            return;
        }
        Map<String, String> given = new LinkedHashMap<>();
        likelihoods.forEach(f -> {
            if (f.text().get() != null && !f.text().get().isBlank()) {
                given.put(f.hypothesis(), f.text().get());
            }
        });
        EvidenceRequest request = new EvidenceRequest(chosen, passage.segmentId() == null ? List.of()
                : List.of(passage.segmentId()), passage.segmentId() == null ? new EvidenceRequest.Selection(
                passage.documentId(), passage.start(), passage.end()) : null, given, null, when, note.get(),
                group.get());
        context.read(wb -> wb.tracing().addEvidence(request), saved -> {
            pending.set(null);
            likelihoods.forEach(f -> f.text().set(""));
            date.set("");
            note.set("");
            group.set("");
            done.run();
        });
    }

    public void deleteEvidence(EvidenceRow row) {
        String chosen = set.get();
        context.write(wb -> wb.tracing().deleteEvidence(chosen, row.id()));
    }

    /** Adds a hypothesis to the chosen set, or to a new set of that name. */
    public void addHypothesis(String setName, String name, String statement, String prior, boolean catchAll) {
        Double p;
        try {
            p = prior == null || prior.isBlank() ? null : Double.valueOf(prior.strip());
        } catch (NumberFormatException e) {
            context.fail(new ParallaxException("Prior '" + prior + "' is not a number between 0 and 1"));
            return;
        }
        context.read(wb -> wb.tracing().addHypothesis(setName, name, statement, p, catchAll),
                h -> set.set(setName.strip()));
    }

    /** Adds the study's H1, H2 and catch-all as a set and shows it. */
    public void installTemplate() {
        context.read(wb -> wb.tracing().installStudyTemplate(), s -> set.set(s.name()));
    }

    /** Writes the chosen set's transparency report (HTML or DOCX) or ledger (CSV, JSON) in the background. */
    public void exportReport(java.nio.file.Path file, Runnable done) {
        String chosen = set.get();
        if (chosen == null) {
            context.fail(new ParallaxException("Add a hypothesis set first"));
            return;
        }
        context.read(wb -> {
            wb.tracing().exportReport(chosen, file);
            return file;
        }, written -> done.run());
    }

    public void open(EvidenceRow row) {
        opener.open(row.documentId(), row.start(), row.end());
    }

    public void setOpener(OpenPassage opener) {
        this.opener = opener;
    }

    /** Called when "Use as evidence…" fills the form, so the window can bring the tab forward. */
    public void setOnPassageChosen(Consumer<PendingPassage> shown) {
        this.shown = shown;
    }

    public ObservableList<String> sets() {
        return sets;
    }

    public ObjectProperty<String> setProperty() {
        return set;
    }

    public ReadOnlyObjectProperty<HypothesisSet> shownSetProperty() {
        return shownSet.getReadOnlyProperty();
    }

    public ObservableList<EvidenceRow> evidence() {
        return evidence;
    }

    public ObservableList<SensitivityRow> sensitivity() {
        return sensitivity;
    }

    public ObservableList<ChainRow> chain() {
        return chain;
    }

    public ReadOnlyObjectProperty<Ledger> ledgerProperty() {
        return ledger.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ObjectProperty<PendingPassage> pendingProperty() {
        return pending;
    }

    public ObservableList<LikelihoodField> likelihoods() {
        return likelihoods;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty groupProperty() {
        return group;
    }
}
