package org.parallax.ui.tracing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import javafx.scene.Node;
import org.parallax.analysis.tracing.CausalChain;
import org.parallax.analysis.tracing.StudyEvents;
import org.parallax.analysis.tracing.StudyHypotheses;
import org.parallax.model.HypothesisSet;
import org.parallax.model.Ledger;
import org.parallax.model.Days;
import org.parallax.model.DecimalNumber;
import org.parallax.model.ParallaxException;
import org.parallax.model.TestThresholds;
import org.parallax.ui.analysis.Snapshots;
import org.parallax.ui.common.ExportFlow;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.EvidenceEdit;
import org.parallax.workbench.EvidenceRequest;
import org.parallax.workbench.LeadsOnly;
import org.parallax.workbench.ProjectEvent;
import org.parallax.workbench.TracingOutput;

/**
 * The Process tracing tab's state: the hypothesis sets, the chosen set's evidence, ledger, sensitivity and causal
 * chain (read in the background after every change), and the evidence form that "Use as evidence…" fills.
 */
public final class TracingViewModel {
    private final ProjectContext context;
    private final ExportFlow exports;
    private final ObservableList<String> sets = FXCollections.observableArrayList();
    private final BooleanBinding studyTemplatePresent = Bindings.createBooleanBinding(
            () -> sets.contains(StudyHypotheses.TEMPLATE.name()), sets);
    private final ObjectProperty<String> set = new SimpleObjectProperty<>();
    private final ObservableList<EvidenceRow> evidence = FXCollections.observableArrayList();
    private final ObservableList<SensitivityRow> sensitivity = FXCollections.observableArrayList();
    private final ObservableList<ChainRow> chain = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<HypothesisSet> shownSet = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Ledger> ledger = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper withheld = new ReadOnlyStringWrapper("");
    private final ObjectProperty<PendingPassage> pending = new SimpleObjectProperty<>();
    private final ObservableList<LikelihoodField> likelihoods = FXCollections.observableArrayList();
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty group = new SimpleStringProperty("");
    private final ObjectProperty<EvidenceRow> editing = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<CausalChain> causalChain = new ReadOnlyObjectWrapper<>();
    private final StringProperty eventDate = new SimpleStringProperty("");
    private final StringProperty eventLabel = new SimpleStringProperty("");
    private final StringProperty eventDescription = new SimpleStringProperty("");
    private final StringProperty scale = new SimpleStringProperty("");
    private final StringProperty certainty = new SimpleStringProperty("");
    private final StringProperty uniqueness = new SimpleStringProperty("");
    private String savedScale;
    private TestThresholds savedThresholds;
    private final Runnable refresh;
    private volatile String requested;
    private Consumer<PendingPassage> shown = p -> { };
    private OpenPassage opener = (d, s, e) -> { };

    /** Opens a passage in the document view. */
    @FunctionalInterface
    public interface OpenPassage {
        void open(long documentId, int start, int end);
    }

    public TracingViewModel(ProjectContext context, ExportFlow exports) {
        this.context = context;
        this.exports = exports;
        this.refresh = context.coalesced(wb -> TracingSnapshot.read(wb, requested), this::show);
        context.workbenchProperty().addListener((o, was, now) -> {
            set.set(null);
            pending.set(null);
            // An item of the previous project left in the form would be saved over this project's item of that id
            // (a colleague's copy holds the same ids); its chain and ledger would be exported as this project's.
            cancelEdit();
            shownSet.set(null);
            evidence.clear();
            sensitivity.clear();
            chain.clear();
            ledger.set(null);
            causalChain.set(null);
            problem.set("");
            withheld.set("");
            refresh();
        });
        context.onEvent(e -> {
            // Another coder in blind mode reads other evidence (ADR 0030).
            if (e == ProjectEvent.TRACING || e == ProjectEvent.SEGMENTS || e == ProjectEvent.DOCUMENTS
                    || e == ProjectEvent.CODERS) {
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
        withheld.set(snapshot.withheld());
        sensitivity.setAll(snapshot.sensitivity());
        chain.setAll(snapshot.chain());
        causalChain.set(snapshot.causalChain());
        // The settings fields follow the project only when its settings changed, not while someone types.
        if (!snapshot.scale().equals(savedScale)) {
            savedScale = snapshot.scale();
            scale.set(savedScale);
        }
        if (!snapshot.thresholds().equals(savedThresholds)) {
            savedThresholds = snapshot.thresholds();
            certainty.set(String.valueOf(savedThresholds.certainty()));
            uniqueness.set(String.valueOf(savedThresholds.uniqueness()));
        }
        if (editing.get() != null && evidence.stream().noneMatch(r -> r.id() == editing.get().id())) {
            editing.set(null);
        }
    }

    /** Puts a passage (coded, or a plain selection when {@code segmentId} is null) into the evidence form. */
    public void useAsEvidence(long documentId, int start, int end, Long segmentId, String label) {
        PendingPassage passage = new PendingPassage(documentId, start, end, segmentId, label);
        if (editing.get() != null) {
            cancelEdit();
        }
        pending.set(passage);
        shown.accept(passage);
    }

    /**
     * Records the form as an evidence item of the chosen set, or saves it to the item being edited; a refused form
     * stays filled, with the reason shown.
     */
    public void recordEvidence(Runnable done) {
        if (editing.get() != null) {
            saveEdit(done);
            return;
        }
        PendingPassage passage = pending.get();
        String chosen = set.get();
        if (passage == null || chosen == null) {
            context.fail(new ParallaxException(passage == null ? "Choose a passage first: right-click it in the "
                    + "document, or select text, and pick \"Use as evidence…\"" : "Add a hypothesis set first"));
            return;
        }
        Map<String, String> given = givenLikelihoods();
        List<String> empty = likelihoods.stream().map(LikelihoodField::hypothesis).filter(h -> !given.containsKey(h))
                .toList();
        if (!empty.isEmpty()) {
            // Said in the form's words before the workbench's own refusal, which a command line also reads.
            context.fail(new ParallaxException("Fill in P(E|H) for every hypothesis before recording: "
                    + String.join(", ", empty) + (empty.size() == 1 ? " is" : " are") + " empty"));
            return;
        }
        String when = date.get();
        String noteText = note.get();
        String groupText = group.get();
        // The date is read with the rest in the background, so a wrong one is reported like any refused input.
        context.act(wb -> wb.tracing().addEvidence(new EvidenceRequest(chosen, passage.segmentId() == null
                ? List.of() : List.of(passage.segmentId()), passage.segmentId() == null ? new EvidenceRequest.Selection(
                passage.documentId(), passage.start(), passage.end()) : null, given, null, date(when), noteText,
                groupText)), saved -> {
            pending.set(null);
            clearForm();
            done.run();
        });
    }

    private void clearForm() {
        likelihoods.forEach(f -> f.text().set(""));
        date.set("");
        note.set("");
        group.set("");
    }

    private Map<String, String> givenLikelihoods() {
        Map<String, String> given = new LinkedHashMap<>();
        likelihoods.forEach(f -> {
            if (f.text().get() != null && !f.text().get().isBlank()) {
                given.put(f.hypothesis(), f.text().get());
            }
        });
        return given;
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : Days.parse(text);
    }

    /** Puts a recorded item into the form to be changed: its P(E|H), event date, note and group. */
    public void edit(EvidenceRow row) {
        if (!allowsChange("Edit evidence")) {
            return;
        }
        pending.set(null);
        editing.set(row);
        for (int i = 0; i < likelihoods.size() && i < row.likelihoods().size(); i++) {
            likelihoods.get(i).text().set(row.likelihoods().get(i));
        }
        date.set(row.eventDate());
        note.set(row.note());
        group.set(row.group());
    }

    public void cancelEdit() {
        editing.set(null);
        clearForm();
    }

    /** Saves the form to the item being edited; an empty date goes back to the documents' date. */
    private void saveEdit(Runnable done) {
        EvidenceRow row = editing.get();
        String chosen = set.get();
        Map<String, String> given = givenLikelihoods();
        String when = date.get();
        String noteText = note.get() == null ? "" : note.get();
        String groupText = group.get() == null ? "" : group.get();
        context.act(wb -> wb.tracing().editEvidence(new EvidenceEdit(chosen, row.id(), given, null, date(when),
                date(when) == null, noteText, groupText)), saved -> {
            editing.set(null);
            clearForm();
            done.run();
        });
    }

    /** Adds an event to the project from the event fields. */
    public void addEvent() {
        String when = eventDate.get();
        String label = eventLabel.get();
        String description = eventDescription.get();
        context.act(wb -> wb.tracing().addEvent(date(when), label, description), added -> {
            eventDate.set("");
            eventLabel.set("");
            eventDescription.set("");
        });
    }

    /** Removes an event from the project: from the causal chain, the timeline and the periods. */
    public void removeEvent(ChainRow row) {
        context.write(wb -> wb.tracing().deleteEvent(row.eventId()));
    }

    /** Adds the NATO-Russia study's events the project does not hold yet, or says that it holds them all. */
    public void addStudyEvents() {
        context.act(wb -> wb.tracing().addStudyEvents(), added -> {
            // With nothing to add the chart does not change: without a word the button would seem not to work.
            if (added.isEmpty()) {
                context.dialogs().showInformation("Add the study's events", "The project holds all "
                        + StudyEvents.TEMPLATE.size() + " of the study's events already.");
            }
        });
    }

    /** Saves the verbal scale typed one TERM=P a line (or separated by ;). */
    public void saveScale() {
        String text = String.join("; ", scale.get().lines().filter(l -> !l.isBlank()).toList());
        context.write(wb -> wb.tracing().setVerbalScale(text));
    }

    public void resetScale() {
        context.write(wb -> wb.tracing().resetVerbalScale());
    }

    public void saveThresholds() {
        double c;
        double u;
        try {
            c = DecimalNumber.parse(certainty.get());
            u = DecimalNumber.parse(uniqueness.get());
        } catch (NumberFormatException | NullPointerException e) {
            context.fail(new ParallaxException("Test thresholds: certainty and uniqueness are numbers between 0 and 1"));
            return;
        }
        context.write(wb -> wb.tracing().setThresholds(c, u));
    }

    /**
     * Whether this session may change process tracing; when not (a team project's coder or reader), the line saying
     * who may is shown under {@code title}, so a view asks no question the server would refuse after the answer.
     */
    public boolean allowsChange(String title) {
        return context.allows(LeadsOnly.PROCESS_TRACING, title);
    }

    public void deleteEvidence(EvidenceRow row) {
        String chosen = set.get();
        context.write(wb -> wb.tracing().deleteEvidence(chosen, row.id()));
    }

    /** Adds a hypothesis to the chosen set, or to a new set of that name. */
    public void addHypothesis(String setName, String name, String statement, String prior, boolean catchAll) {
        context.act(wb -> wb.tracing().addHypothesis(setName, name, statement, prior(prior), catchAll),
                h -> set.set(setName.strip()));
    }

    /**
     * Renames a hypothesis of the shown set, rewrites its statement or changes its prior (one undo step); a blank
     * prior keeps the one it has.
     */
    public void editHypothesis(String name, String newName, String statement, String prior) {
        String chosen = set.get();
        context.write(wb -> wb.tracing().editHypothesis(chosen, name, newName, statement, prior(prior)));
    }

    /** The prior typed, null when blank. */
    private static Double prior(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : DecimalNumber.parse(typed);
        } catch (NumberFormatException e) {
            throw new ParallaxException("Prior '" + typed + "' is not a number between 0 and 1");
        }
    }

    /** Deletes a hypothesis of the shown set, its prior going back to the catch-all (one undo step). */
    public void deleteHypothesis(String name) {
        String chosen = set.get();
        context.write(wb -> wb.tracing().deleteHypothesis(chosen, name));
    }

    /**
     * Adds the study's H1, H2 and catch-all as a set and shows it; when the set is there already (a second click
     * before the button was disabled) it is only shown, so the researcher never meets a refusal for it.
     */
    public void installTemplate() {
        String name = StudyHypotheses.TEMPLATE.name();
        context.act(wb -> wb.tracing().sets().stream().anyMatch(s -> s.name().equals(name))
                ? wb.tracing().set(name) : wb.tracing().installStudyTemplate(), s -> set.set(s.name()));
    }

    /** Whether the study's set is in the project, when "Add the study's H1/H2" has nothing left to add. */
    public BooleanBinding studyTemplatePresent() {
        return studyTemplatePresent;
    }

    /**
     * Writes the chosen set's transparency report (HTML or DOCX), ledger (CSV, JSON) or causal chain (SVG), as the
     * file's name asks, through the one export flow.
     */
    public void exportReport(Path file) {
        String chosen = set.get();
        if (chosen == null) {
            context.fail(new ParallaxException("Add a hypothesis set first"));
            return;
        }
        TracingOutput output;
        try {
            output = TracingOutput.of(file);
        } catch (ParallaxException unknownEnding) {
            context.fail(unknownEnding);
            return;
        }
        exports.write(output.what(), file, wb -> {
            wb.tracing().exportReport(chosen, file);
            return List.of();
        });
    }

    /** Saves what {@code view} shows (the causal chain chart) as a PNG image through the one export flow. */
    public void exportPng(Node view, Path out) {
        Snapshots.savePng(view, out, exports, "Causal chain image");
    }

    public void open(EvidenceRow row) {
        if (row.hasPassage()) {
            opener.open(row.documentId(), row.start(), row.end());
        }
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

    /** What blind mode left out of the set's evidence and ledger, in one line, or empty. */
    public ReadOnlyStringProperty withheldProperty() {
        return withheld.getReadOnlyProperty();
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

    public ObjectProperty<EvidenceRow> editingProperty() {
        return editing;
    }

    public ReadOnlyObjectProperty<CausalChain> causalChainProperty() {
        return causalChain.getReadOnlyProperty();
    }

    public StringProperty eventDateProperty() {
        return eventDate;
    }

    public StringProperty eventLabelProperty() {
        return eventLabel;
    }

    public StringProperty eventDescriptionProperty() {
        return eventDescription;
    }

    public StringProperty scaleProperty() {
        return scale;
    }

    public StringProperty certaintyProperty() {
        return certainty;
    }

    public StringProperty uniquenessProperty() {
        return uniqueness;
    }
}
