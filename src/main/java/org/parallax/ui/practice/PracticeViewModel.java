package org.parallax.ui.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.model.Coder;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.documents.DocumentRow;
import org.parallax.ui.practice.PracticeRow.Outcome;
import org.parallax.workbench.AgreementReport;
import org.parallax.workbench.Comparison;
import org.parallax.workbench.PracticeReport;
import org.parallax.workbench.ProjectEvent;

/**
 * The Practice tab's state: a student and a reference coder, the open document, and the comparison of the
 * student's passages with the reference's (matched, missed, extra) with the pair's character-level kappa.
 * It only reads: neither coder layer is ever changed.
 */
public final class PracticeViewModel {
    /** The coder whose layer the sample project ships as the reference coding. */
    static final String DEFAULT_REFERENCE = "analyst";

    private final ProjectContext context;
    private final ObservableValue<DocumentRow> document;
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final ObjectProperty<String> student = new SimpleObjectProperty<>();
    private final ObjectProperty<String> reference = new SimpleObjectProperty<>();
    private final ObservableList<PracticeRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<PracticeRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<PracticeReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final BooleanBinding canCompare;
    private Consumer<PracticeRow> opener = r -> {
    };
    /** Whom the window codes as, for the hint; null until read. */
    private String active;

    public PracticeViewModel(ProjectContext context, ObservableValue<DocumentRow> document) {
        this.context = context;
        this.document = document;
        canCompare = Bindings.createBooleanBinding(() -> document.getValue() != null && student.get() != null
                && reference.get() != null && !student.get().equals(reference.get()), document, student, reference);
        context.workbenchProperty().addListener((o, was, now) -> {
            student.set(null);
            reference.set(null);
            loadCoders();
        });
        context.onEvent(e -> {
            if (e == ProjectEvent.CODERS) {
                loadCoders();
            } else if (e == ProjectEvent.SEGMENTS && report.get() != null) {
                compare();
            }
        });
        student.addListener((o, was, now) -> clear());
        reference.addListener((o, was, now) -> clear());
        document.addListener((o, was, now) -> clear());
        loadCoders();
        clear();
    }

    /** Re-reads the coders; at first the reference is "analyst" and the student the active coder. */
    private void loadCoders() {
        context.read(wb -> new Coders(wb.coders().stream().map(Coder::name).toList(), wb.activeCoder().name()),
                found -> {
                    active = found.active();
                    coders.setAll(found.names());
                    if (reference.get() == null && found.names().contains(DEFAULT_REFERENCE)) {
                        reference.set(DEFAULT_REFERENCE);
                    }
                    if (student.get() == null) {
                        student.set(defaultStudent(found));
                    }
                    if (report.get() == null) {
                        summary.set(hint());
                    }
                });
    }

    /** The active coder, unless that is the reference: then the first other coder (not the consensus). */
    private String defaultStudent(Coders found) {
        if (!found.active().equals(reference.get())) {
            return found.active();
        }
        return found.names().stream().filter(n -> !n.equals(reference.get()) && !n.equals(Comparison.CONSENSUS))
                .findFirst().orElse(found.active());
    }

    private record Coders(List<String> names, String active) {
    }

    /** Compares the student's passages in the open document with the reference coder's, in the background. */
    public void compare() {
        DocumentRow doc = document.getValue();
        String s = student.get();
        String r = reference.get();
        if (!canCompare.get()) {
            return;
        }
        context.read(wb -> wb.practice().compare(doc.id(), s, r), result -> {
            if (doc == document.getValue() && s.equals(student.get()) && r.equals(reference.get())) {
                show(result);
            }
        });
    }

    private void show(PracticeReport result) {
        long id = result.document().id();
        List<PracticeRow> lines = new ArrayList<>();
        result.matched().forEach(m -> lines.add(PracticeRow.of(Outcome.MATCHED, m.student(), id)));
        result.missed().forEach(p -> lines.add(PracticeRow.of(Outcome.MISSED, p, id)));
        result.extra().forEach(p -> lines.add(PracticeRow.of(Outcome.EXTRA, p, id)));
        lines.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : a.outcome().compareTo(b.outcome()));
        report.set(result);
        rows.setAll(lines);
        summary.set(summaryOf(result));
    }

    private void clear() {
        report.set(null);
        rows.clear();
        selected.set(null);
        summary.set(hint());
    }

    private String hint() {
        if (document.getValue() == null) {
            return "Open a document to practise on";
        }
        if (student.get() == null || reference.get() == null) {
            return "Choose a student and a reference coder";
        }
        if (student.get().equals(reference.get())) {
            return "Choose two different coders";
        }
        // The student's passages are those coded as the student: coding as another (the reference, as the sample
        // opens) wrote into that layer, blind or not.
        if (active != null && !active.equals(student.get())) {
            return "You code as " + active + ", not as the student " + student.get() + ": Edit → Switch coder… to"
                    + " code as " + student.get() + ", then Compare with reference";
        }
        return "Press Compare with reference when the student has finished coding";
    }

    /** One line: counts of matched, missed and extra passages and the pair's character-level kappa. */
    static String summaryOf(PracticeReport r) {
        double kappa = kappaOf(r.agreement());
        String k = Double.isNaN(kappa) ? "–" : String.format(Locale.ROOT, "%.3f", kappa);
        return r.matched().size() + " matched, " + r.missed().size() + " missed, " + r.extra().size()
                + " extra in " + r.document().title() + " · κ = " + k + " (characters, all codes)";
    }

    /** The pooled kappa of the agreement lines, NaN when the lines carry none. */
    static double kappaOf(List<AgreementReport.Line> lines) {
        return AgreementReport.pooledKappa(lines);
    }

    /** Whether a document is open and two different coders are chosen. */
    public BooleanBinding canCompare() {
        return canCompare;
    }

    /** Opens the selected row's passage. */
    public void openSelected() {
        PracticeRow row = selected.get();
        if (row != null) {
            opener.accept(row);
        }
    }

    /** What opening a row does: the window shows its document with the passage selected. */
    public void setOpener(Consumer<PracticeRow> opener) {
        this.opener = Objects.requireNonNull(opener);
    }

    public ObservableList<String> coders() {
        return coders;
    }

    public ObjectProperty<String> studentProperty() {
        return student;
    }

    public ObjectProperty<String> referenceProperty() {
        return reference;
    }

    public ObservableList<PracticeRow> rows() {
        return rows;
    }

    public ObjectProperty<PracticeRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<PracticeReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
