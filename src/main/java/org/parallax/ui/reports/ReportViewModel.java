package org.parallax.ui.reports;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.model.AttributeMatch;
import org.parallax.model.Coder;
import org.parallax.model.Counted;
import org.parallax.model.Frame;
import org.parallax.model.Matrix;
import org.parallax.model.Scenario;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.ProjectEvent;
import org.parallax.workbench.ReportGrouping;
import org.parallax.workbench.ReportPreview;
import org.parallax.workbench.ReportSelection;
import org.parallax.workbench.Reports;
import org.parallax.workbench.Workbench;

/**
 * The Report window: what to report (coded passages, narrowed by frame, scenario, coder and a document
 * attribute's value, or memos), how to group it, the format; a preview of the first page, and saving, all read
 * and written in the background.
 */
public final class ReportViewModel {
    /** What the report covers. */
    public enum Kind { PASSAGES, MEMOS }

    /** The choice that means "no restriction" in the frame, scenario, coder and attribute lists. */
    public static final String ALL = "(all)";
    static final int PREVIEW_BLOCKS = 40;

    private final ProjectContext context;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.PASSAGES);
    private final ObjectProperty<ReportGrouping> grouping = new SimpleObjectProperty<>(ReportGrouping.CODE);
    private final StringProperty memoGrouping = new SimpleStringProperty("kind");
    private final StringProperty frame = new SimpleStringProperty(ALL);
    private final StringProperty scenario = new SimpleStringProperty(ALL);
    private final StringProperty coder = new SimpleStringProperty(ALL);
    private final StringProperty attribute = new SimpleStringProperty(ALL);
    private final StringProperty attributeValue = new SimpleStringProperty(ALL);
    private Map<String, List<String>> attributeChoices = Map.of();
    private final ObjectProperty<Reports.Format> format = new SimpleObjectProperty<>(Reports.Format.DOCX);
    private final BooleanProperty pseudonymise = new SimpleBooleanProperty(false);
    /** File → Export → Pseudonymise every export: while ticked the saved file is pseudonymised whatever the box. */
    private final BooleanProperty everyExport = new SimpleBooleanProperty(false);
    private boolean ownChoice;
    private final ObservableList<String> frames = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> scenarios = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> coders = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> attributes = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> attributeValues = FXCollections.observableArrayList(ALL);
    private final ObservableList<ReportPreview.Line> preview = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty outcome = new SimpleStringProperty("");
    private final BooleanProperty outcomeFailed = new SimpleBooleanProperty(false);
    /** Reads the choices once per burst of changes (an import or an assistant run fires several). */
    private final Runnable reload;
    private Runnable stopFollowing = () -> {
    };

    /**
     * The Report window of a main window whose File → Export → Pseudonymise every export is {@code everyExport}: the
     * box shows it ticked (and cannot be unticked) while it is, and the researcher's own choice again after.
     */
    public ReportViewModel(ProjectContext context, ObservableBooleanValue everyExport) {
        this(context);
        this.everyExport.addListener((o, was, on) -> {
            if (on) {
                ownChoice = pseudonymise.get();
            }
            pseudonymise.set(on || ownChoice);
        });
        this.everyExport.bind(everyExport);
    }

    public ReportViewModel(ProjectContext context) {
        this.context = context;
        this.reload = context.coalesced(ReportViewModel::choicesOf, this::show);
        kind.addListener((o, was, now) -> refresh());
        grouping.addListener((o, was, now) -> refresh());
        memoGrouping.addListener((o, was, now) -> refresh());
        frame.addListener((o, was, now) -> refresh());
        scenario.addListener((o, was, now) -> refresh());
        coder.addListener((o, was, now) -> refresh());
        attribute.addListener((o, was, now) -> showValuesOf(now));
        attributeValue.addListener((o, was, now) -> refresh());
    }

    /**
     * Loads the choices and the preview, then follows the project while the window is open: a passage coded, a
     * memo typed or blind coding switched in the main window shows in the preview and its count at once, so what
     * Save writes is what the window shows.
     */
    public void open() {
        close();
        Runnable stopHearing = context.onEvent(event -> {
            if (event != ProjectEvent.TRACING) {
                load();
            }
        });
        ChangeListener<Workbench> switched = (o, was, now) -> {
            if (now == null) {
                preview.clear();
                summary.set("No project is open.");
            } else {
                load();
            }
        };
        context.workbenchProperty().addListener(switched);
        stopFollowing = () -> {
            stopHearing.run();
            context.workbenchProperty().removeListener(switched);
        };
        load();
    }

    /** Stops following the project (the window closed). */
    public void close() {
        stopFollowing.run();
        stopFollowing = () -> {
        };
    }

    /** Loads the frames, scenarios, coders and document attributes to choose from, then the preview. */
    public void load() {
        reload.run();
    }

    private static Choices choicesOf(Workbench wb) {
        return new Choices(wb.codebook().current().frames().stream().map(Frame::name).toList(),
                wb.codebook().current().scenarios().stream().map(Scenario::name).toList(),
                wb.readableCoders().stream().map(Coder::name).toList(), attributeLists(wb.reports().attributeChoices()));
    }

    private void show(Choices c) {
        frames.setAll(prepend(c.frames()));
        scenarios.setAll(prepend(c.scenarios()));
        coders.setAll(prepend(c.coders()));
        if (!coders.contains(coder.get())) {
            // Blind mode switched on hides the layer chosen: a filter on it would be refused at every change.
            coder.set(ALL);
        }
        attributeChoices = c.attributes();
        attributes.setAll(prepend(List.copyOf(c.attributes().keySet())));
        attributeValues.setAll(prepend(attributeChoices.getOrDefault(attribute.get(), List.of())));
        refresh();
    }

    private static Map<String, List<String>> attributeLists(Map<String, SortedSet<String>> choices) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        choices.forEach((name, values) -> {
            if (!values.isEmpty()) {
                out.put(name, List.copyOf(values));
            }
        });
        return out;
    }

    /** A new attribute offers its own values and starts with no restriction on them. */
    private void showValuesOf(String name) {
        attributeValues.setAll(prepend(attributeChoices.getOrDefault(name, List.of())));
        if (ALL.equals(attributeValue.get())) {
            refresh();
        } else {
            attributeValue.set(ALL);
        }
    }

    /** Rebuilds the preview of the first page from the project in the background. */
    public void refresh() {
        Kind what = kind.get();
        ReportSelection selection = selection();
        ReportGrouping by = grouping.get();
        String memoBy = memoGrouping.get();
        String comparedScenario = what == Kind.PASSAGES && only(frame.get()).isEmpty() && only(coder.get()).isEmpty()
                && selection.attributes().isEmpty() ? scenario.get() : ALL;
        context.read(wb -> {
            ReportPreview report = what == Kind.MEMOS ? wb.reports().memosPreview(memoBy, PREVIEW_BLOCKS)
                    : wb.reports().codedTextPreview(selection, by, PREVIEW_BLOCKS);
            return new Shown(report, table1Column(wb, comparedScenario));
        }, shown -> {
            ReportPreview report = shown.report();
            preview.setAll(report.lines());
            summary.set(report.entries() == 0 ? "Nothing selected: no " + report.unit() + " matches."
                    : Counted.of(report.entries(), report.unit()) + " in the report"
                            + beyondTable1(report.entries(), comparedScenario, shown.table1Column()));
        });
    }

    /**
     * What Table 1's column of {@code scenario} counts (every coder, as the report), or -1 for no scenario (a
     * choice box being refilled sets null).
     */
    private static int table1Column(Workbench wb, String scenario) {
        if (only(scenario).isEmpty()) {
            return -1;
        }
        Matrix table1 = wb.analysis().table1();
        for (int c = 0; c < table1.columns().size(); c++) {
            if (scenario.equals(table1.columns().get(c).label())) {
                return table1.columnTotal(c).segments();
            }
        }
        return -1;
    }

    /**
     * Why a scenario's report quotes more passages than its Table 1 column counts (docs/reports.md): the
     * passages of the scenario's own code mark where it applies and are no theory indicator, so Table 1 leaves
     * them out while the report lists them last.
     */
    private static String beyondTable1(int reported, String scenario, int inTable1) {
        if (inTable1 < 0 || reported <= inTable1) {
            return "";
        }
        return ". Table 1's " + scenario + " column counts " + inTable1 + " of them; the other "
                + (reported - inTable1) + " mark where the scenario applies (codes outside the theory frames, listed"
                + " last), which Table 1 does not count. Choose a frame to quote exactly what a Table 1 cell counts.";
    }

    private record Shown(ReportPreview report, int table1Column) {
    }

    /**
     * Writes the report to {@code out} in the background, as long work beside the window's own (a report of thousands
     * of passages held up every passage coded meanwhile); what was written, or why nothing was, shows in
     * {@link #outcomeProperty()}, in the Report window where the user is looking.
     */
    public void save(Path out) {
        Kind what = kind.get();
        ReportSelection selection = selection();
        ReportGrouping by = grouping.get();
        String memoBy = memoGrouping.get();
        boolean pseudonymised = pseudonymise.get();
        outcomeFailed.set(false);
        outcome.set("Writing " + out.getFileName() + "…");
        context.actLongShownIn(wb -> {
            wb.exchange().refuseANamedFile(out, pseudonymised);
            return what == Kind.MEMOS
                    ? "Report of " + Counted.of(wb.reports().writeMemos(memoBy, out, pseudonymised), "memo")
                            + " written to " + out + (pseudonymised ? ", pseudonymised" : "")
                    : "Report of " + Counted.of(wb.reports().writeCodedText(selection, by, out, pseudonymised),
                            "passage") + " written to " + out + (pseudonymised ? ", pseudonymised" : "");
        }, outcome::set, refused -> {
                            outcomeFailed.set(true);
                            outcome.set(refused);
                        });
    }

    /** The last save's outcome: "Report of N passages written to …", or the one line saying why not; empty before. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome;
    }

    /** Whether {@link #outcomeProperty()} says why nothing was written. */
    public ReadOnlyBooleanProperty outcomeFailedProperty() {
        return outcomeFailed;
    }

    /** The file name the save dialog suggests, with the chosen format's extension. */
    public String suggestedName() {
        return (kind.get() == Kind.MEMOS ? "memos" : "report") + "." + extension();
    }

    public String extension() {
        return format.get() == Reports.Format.DOCX ? "docx" : "html";
    }

    private ReportSelection selection() {
        List<AttributeMatch> matches = only(attribute.get()).isEmpty() || only(attributeValue.get()).isEmpty()
                ? List.of() : List.of(new AttributeMatch(attribute.get(), attributeValue.get()));
        return new ReportSelection(only(frame.get()), null, only(scenario.get()), null, only(coder.get()), null, null,
                matches);
    }

    private static List<String> only(String choice) {
        return choice == null || choice.equals(ALL) ? List.of() : List.of(choice);
    }

    private static List<String> prepend(List<String> names) {
        List<String> out = new java.util.ArrayList<>(List.of(ALL));
        out.addAll(names);
        return out;
    }

    private record Choices(List<String> frames, List<String> scenarios, List<String> coders,
                           Map<String, List<String>> attributes) {
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<ReportGrouping> groupingProperty() {
        return grouping;
    }

    public StringProperty memoGroupingProperty() {
        return memoGrouping;
    }

    public StringProperty frameProperty() {
        return frame;
    }

    public StringProperty scenarioProperty() {
        return scenario;
    }

    public StringProperty coderProperty() {
        return coder;
    }

    /** The document attribute whose value narrows the report, or {@link #ALL}. */
    public StringProperty attributeProperty() {
        return attribute;
    }

    /** The value the chosen attribute must have, or {@link #ALL}. */
    public StringProperty attributeValueProperty() {
        return attributeValue;
    }

    public ObservableList<String> attributes() {
        return attributes;
    }

    public ObservableList<String> attributeValues() {
        return attributeValues;
    }

    /** Whether File → Export → Pseudonymise every export is ticked, which the box shows and cannot override. */
    public ReadOnlyBooleanProperty everyExportProperty() {
        return everyExport;
    }

    /** Whether the saved file carries the pseudonyms of sensitive values instead of the values; the preview does not. */
    public BooleanProperty pseudonymiseProperty() {
        return pseudonymise;
    }

    public ObjectProperty<Reports.Format> formatProperty() {
        return format;
    }

    public ObservableList<String> frames() {
        return frames;
    }

    public ObservableList<String> scenarios() {
        return scenarios;
    }

    public ObservableList<String> coders() {
        return coders;
    }

    public ObservableList<ReportPreview.Line> preview() {
        return preview;
    }

    /** One line under the choices: how many passages or memos, or "Nothing selected". */
    public StringProperty summaryProperty() {
        return summary;
    }
}
