package org.parallax.ui.compare;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.model.Coder;
import org.parallax.model.Counted;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.CoderComparison;
import org.parallax.workbench.Disagreement;
import org.parallax.workbench.Disagreement.Kind;
import org.parallax.workbench.Disagreement.Side;
import org.parallax.workbench.HiddenLayerException;
import org.parallax.workbench.LeadsOnly;
import org.parallax.workbench.ProjectEvent;
import org.parallax.workbench.Workbench;

/**
 * The Compare tab's state: two coders, their disagreements across the project's documents, the counts and
 * kappa of the pair; accepting a side writes it into the consensus layer (undoable).
 */
public final class CompareViewModel {
    private static final String BLIND_OFF = "Edit → Blind coding switches it off";
    private static final String NOTHING_COMPARED = "Nothing compared: blind mode hides the other coder's passages";
    private final ProjectContext context;
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final ObjectProperty<String> coderA = new SimpleObjectProperty<>();
    private final ObjectProperty<String> coderB = new SimpleObjectProperty<>();
    private final ObservableList<Disagreement> disagreements = FXCollections.observableArrayList();
    private final ObjectProperty<Disagreement> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<CoderComparison> comparison = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tableNote = new ReadOnlyStringWrapper("");
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper settleNote = new ReadOnlyStringWrapper("");
    private boolean stale;
    /** The pair this tab picked itself (the user has not chosen another), and whether comparing it was refused. */
    private List<String> picked = List.of();
    private boolean refused;
    private Consumer<Disagreement> opener = d -> {
    };

    public CompareViewModel(ProjectContext context) {
        this.context = context;
        context.workbenchProperty().addListener((o, was, now) -> {
            settleNote.set(now == null ? "" : now.refusal(LeadsOnly.SETTLING).orElse(""));
            coderA.set(null);
            coderB.set(null);
            refresh();
        });
        if (context.workbench() != null) {
            settleNote.set(context.workbench().refusal(LeadsOnly.SETTLING).orElse(""));
        }
        context.onEvent(e -> {
            if (e == ProjectEvent.ROLE && context.workbench() != null) {
                settleNote.set(context.workbench().refusal(LeadsOnly.SETTLING).orElse(""));
            }
            refresh();
        });
        active.addListener((o, was, now) -> {
            if (now && stale) {
                refresh();
            }
        });
        coderA.addListener((o, was, now) -> compare());
        coderB.addListener((o, was, now) -> compare());
        selected.addListener((o, was, now) -> {
            if (now != null) {
                opener.accept(now);
            }
        });
        refresh();
    }

    /** Re-reads the coders, keeping the chosen pair when both still exist, then compares again. */
    public void refresh() {
        // Comparing all documents costs a full agreement run: skip it while the tab is hidden.
        stale = !active.get();
        if (stale) {
            return;
        }
        context.read(wb -> new Listed(wb.coders().stream().map(Coder::name).toList(),
                wb.comparison().codersByPassages()), listed -> {
            coders.setAll(listed.names());
            List<String> candidates = listed.byPassages();
            List<String> pair = candidates.size() >= 2 ? candidates.subList(0, 2) : List.of();
            // A pair picked while blind mode hid the other layers was picked from counts of 0: pick it again.
            boolean pickAgain = coderA.get() == null || refused && Objects.equals(picked, chosenPair());
            if (pickAgain && !pair.isEmpty() && !pair.equals(chosenPair())) {
                picked = List.copyOf(pair);
                coderA.set(pair.get(0));
                coderB.set(pair.get(1));
            } else {
                compare();
            }
        });
    }

    private record Listed(List<String> names, List<String> byPassages) {
    }

    private List<String> chosenPair() {
        return Arrays.asList(coderA.get(), coderB.get());
    }

    private void compare() {
        String a = coderA.get();
        String b = coderB.get();
        if (a == null || b == null || a.equals(b)) {
            show(null);
            return;
        }
        context.read(wb -> {
            try {
                return new Outcome(wb.comparison().compare(a, b, null), null);
            } catch (HiddenLayerException hidden) {
                // Said in the tab: as a dialog it would come back at every refresh (every change another member makes).
                // A team coder cannot switch blind mode off (a lead runs the command named); anyone else has the menu.
                boolean team = wb.teamRole().isPresent();
                return new Outcome(null, team ? hidden.getMessage() : hidden.reason() + "; " + BLIND_OFF);
            }
        }, outcome -> {
            if (a.equals(coderA.get()) && b.equals(coderB.get())) {
                refused = outcome.refusal() != null;
                show(outcome.comparison());
                if (outcome.refusal() != null) {
                    summary.set(outcome.refusal());
                    tableNote.set(outcome.refusal().endsWith(BLIND_OFF) ? NOTHING_COMPARED + " (" + BLIND_OFF + ")"
                            : NOTHING_COMPARED);
                }
            }
        });
    }

    /** A comparison, or why this session may not read one of the two layers. */
    private record Outcome(CoderComparison comparison, String refusal) {
    }

    private void show(CoderComparison result) {
        Disagreement previous = selected.get();
        comparison.set(result);
        disagreements.setAll(result == null ? List.of() : result.disagreements());
        // Keep the selection on the same passages without reopening the document.
        selected.set(null);
        if (previous != null) {
            disagreements.stream().filter(d -> samePlace(d, previous)).findFirst().ifPresent(d -> {
                Consumer<Disagreement> keep = opener;
                opener = x -> {
                };
                selected.set(d);
                opener = keep;
            });
        }
        summary.set(summaryOf(result, coderA.get(), coderB.get()));
        // An empty table must not read as agreement when nothing was compared.
        tableNote.set(result == null ? summary.get() : "No disagreements between the chosen coders");
    }

    private static boolean samePlace(Disagreement d, Disagreement e) {
        return d.kind() == e.kind() && d.documentId() == e.documentId() && d.start() == e.start()
                && d.end() == e.end();
    }

    /**
     * One line: matched, disagreements by kind, documents and the pair's pooled kappa; then a line for each note on
     * it (codes one coder never applied, each with κ 0, which a high percent agreement elsewhere made look wrong).
     */
    static String summaryOf(CoderComparison c, String a, String b) {
        if (c == null) {
            return a != null && a.equals(b) ? "Choose two different coders" : "Choose two coders";
        }
        long resolved = c.disagreements().stream().filter(Disagreement::resolved).count();
        String kappa = Double.isNaN(c.kappa()) ? "–" : String.format(Locale.ROOT, "%.3f", c.kappa());
        return c.matched() + " matched, " + Counted.of(c.disagreements().size(), "disagreement") + " ("
                + c.count(Kind.ONLY_A) + " only A, " + c.count(Kind.ONLY_B) + " only B, "
                + c.count(Kind.DIFFERENT_CODE) + " different code; " + resolved + " resolved) in "
                + Counted.of(c.documents(), "document") + " coded by both · κ = " + kappa + " (characters, all codes)"
                + c.notes().stream().map(note -> "\n" + note).collect(Collectors.joining());
    }

    /** Copies A's (or B's) passage of the selected disagreement into the consensus layer. */
    public void accept(Side side) {
        Disagreement d = selected.get();
        if (d != null && d.side(side) != null) {
            context.write(wb -> wb.comparison().accept(d, side));
        }
    }

    /**
     * Whether the selected disagreement has a passage on that side to accept and this session may settle it: the
     * server lets only a team's lead write the consensus layer, so a coder or reader is not offered a button
     * whose every click ends in a refusal.
     */
    public BooleanBinding canAccept(Side side) {
        return Bindings.createBooleanBinding(() -> settleNote.get().isEmpty() && selected.get() != null
                && selected.get().side(side) != null, selected, settleNote);
    }

    /** Why Accept is not offered in this session (a team member who is not the lead); empty when it is. */
    public ReadOnlyStringProperty settleNoteProperty() {
        return settleNote.getReadOnlyProperty();
    }

    /**
     * The word beside Accept A / Accept B: why this session may not settle, else, while disagreements are listed
     * and none is picked, that one must be (greyed-out buttons alone left a new user guessing); else empty.
     */
    public StringBinding acceptNote() {
        return Bindings.createStringBinding(() -> {
            if (!settleNote.get().isEmpty()) {
                return settleNote.get();
            }
            return selected.get() == null && !disagreements.isEmpty()
                    ? "Pick a disagreement below to accept A's or B's coding" : "";
        }, settleNote, selected, disagreements);
    }

    /** What selecting a disagreement does: the window opens its document at it. */
    public void setOpener(Consumer<Disagreement> opener) {
        this.opener = Objects.requireNonNull(opener);
    }

    /** Whether the tab is showing; while it is not, changes only mark the comparison stale. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public ObservableList<String> coders() {
        return coders;
    }

    public ObjectProperty<String> coderAProperty() {
        return coderA;
    }

    public ObjectProperty<String> coderBProperty() {
        return coderB;
    }

    public ObservableList<Disagreement> disagreements() {
        return disagreements;
    }

    public ObjectProperty<Disagreement> selectedProperty() {
        return selected;
    }

    public ObjectProperty<CoderComparison> comparisonProperty() {
        return comparison;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the empty table says: no disagreements, or that nothing was compared and why. */
    public ReadOnlyStringProperty tableNoteProperty() {
        return tableNote.getReadOnlyProperty();
    }
}
