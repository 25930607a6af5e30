package org.parallax.ui.tracing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.parallax.model.HypothesisSet;
import org.parallax.ui.common.RowOpens;
import org.parallax.ui.common.ColumnHeaders;
import org.parallax.ui.common.DialogService;
import org.parallax.ui.common.ExportButton;
import org.parallax.ui.common.EmptyTableText;

/**
 * The Process tracing tab: a hypothesis set, its evidence table (double-click opens the passage) over the ledger
 * chart, the sensitivity table and the causal chain, and at the right the form "Use as evidence…" fills, with each
 * hypothesis's statement under its field.
 */
public final class TracingView extends BorderPane {
    /** Wide enough for a likelihood field beside its label and a hypothesis's statement in a few lines. */
    private static final double FORM_WIDTH = 330;
    /** The evidence table's least height: its header and two rows. */
    private static final double EVIDENCE_LEAST = 80;
    /** The results' least height: their tab strip over the ledger chart's least height. */
    private static final double RESULTS_LEAST = 30 + LedgerChart.LEAST_HEIGHT;
    private final TracingViewModel viewModel;
    private final TableView<EvidenceRow> evidence = new TableView<>();

    public TracingView(TracingViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        setId("tracingTab");
        evidence.setId("evidenceTable");
        keepSelectedItem();
        evidence.setPlaceholder(emptyEvidence(viewModel));
        RowOpens.on(evidence, viewModel::open);
        viewModel.shownSetProperty().addListener((o, was, now) -> hypothesisColumns(now));
        hypothesisColumns(viewModel.shownSetProperty().get());

        Label problem = new Label();
        problem.setId("tracingProblem");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.getStyleClass().add("pane-subtitle");
        Label withheld = new Label();
        withheld.setId("evidenceWithheld");
        withheld.setWrapText(true);
        withheld.textProperty().bind(viewModel.withheldProperty());
        withheld.visibleProperty().bind(viewModel.withheldProperty().isNotEmpty());
        withheld.managedProperty().bind(withheld.visibleProperty());
        withheld.getStyleClass().add("pane-subtitle");

        // At 1280×800 the tab has about 230 px of height below its bar: stacking the form under the evidence (as it
        // was) left it a strip with the likelihood fields out of view. The form takes the whole height at the right,
        // keeps its width when the window narrows, and scrolls; the evidence and the results share the left.
        ScrollPane form = new ScrollPane(new VBox(6, new EvidenceFormView(viewModel), new Separator(),
                new HypothesisFormView(viewModel, dialogs)));
        form.setId("evidenceFormPane");
        form.setFitToWidth(true);
        form.setMinWidth(FORM_WIDTH);
        form.setPrefWidth(FORM_WIDTH);
        SplitPane.setResizableWithParent(form, false);
        LedgerChart ledger = new LedgerChart(viewModel, this::selectEvidence,
                id -> evidenceRow(id).ifPresent(viewModel::open));
        TabPane results = new TabPane(tab("Ledger", ledger),
                tab("Sensitivity", sensitivity()), tab("Causal chain", causalChain(dialogs)),
                tab("Scale & thresholds", settings()));
        results.setId("tracingResults");
        SplitPane tables = new SplitPane(evidence, results);
        tables.setOrientation(Orientation.VERTICAL);
        tables.setDividerPositions(0.5);
        evidence.setMinHeight(EVIDENCE_LEAST);
        // The ledger keeps the height that shows its plot and axis whole: at 1400×900 the split gave it half of
        // some 290 px and cut the chart off under its first lines. Shorter than that, the column scrolls.
        results.setMinHeight(RESULTS_LEAST);
        tables.setMinHeight(EVIDENCE_LEAST + RESULTS_LEAST + 8);
        ScrollPane left = new ScrollPane(tables);
        left.setId("tracingResultsPane");
        left.setFitToWidth(true);
        left.setFitToHeight(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        SplitPane parts = new SplitPane(left, form);
        parts.setId("tracingParts");
        parts.setDividerPositions(0.66);
        setTop(new VBox(2, setBar(viewModel, dialogs), withheld, problem));
        setCenter(parts);
    }

    /**
     * Says what gives the table rows. It said JavaFX's "No content in table", where evidence needs a hypothesis set
     * first and then a passage sent from the document.
     */
    private static Label emptyEvidence(TracingViewModel vm) {
        return EmptyTableText.of("evidencePlaceholder", Bindings.when(vm.setProperty().isNull())
                .then("No hypothesis set yet: \"Add the study's H1/H2\" above, or add a hypothesis at the right. "
                        + "Then right-click a passage or a selection in the document: \"Use as evidence…\".")
                .otherwise("No evidence yet: right-click a passage or a selection in the document and pick "
                        + "\"Use as evidence…\", then fill in P(E|H) at the right."));
    }

    private FlowPane setBar(TracingViewModel vm, DialogService dialogs) {
        ComboBox<String> sets = new ComboBox<>(vm.sets());
        sets.setId("hypothesisSets");
        sets.valueProperty().bindBidirectional(vm.setProperty());
        Button template = new Button("Add the study's H1/H2");
        template.setId("studyTemplate");
        template.setOnAction(e -> vm.installTemplate());
        template.disableProperty().bind(vm.studyTemplatePresent());
        Button edit = new Button("Edit evidence");
        edit.setId("editEvidence");
        edit.setOnAction(e -> {
            EvidenceRow row = evidence.getSelectionModel().getSelectedItem();
            if (row != null) {
                vm.edit(row);
            }
        });
        edit.disableProperty().bind(evidence.getSelectionModel().selectedItemProperty().isNull());
        Button delete = new Button("Remove evidence");
        delete.setId("removeEvidence");
        delete.disableProperty().bind(evidence.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> {
            EvidenceRow row = evidence.getSelectionModel().getSelectedItem();
            if (row != null && vm.allowsChange("Remove evidence") && dialogs.confirm("Remove evidence",
                    "Remove evidence #" + row.id() + "? The passage itself stays.")) {
                vm.deleteEvidence(row);
            }
        });
        Button report = ExportButton.toFlow("Export report…", "Export process tracing report (.html, .docx; ledger "
                + ".csv, .json)", "process-tracing.html", vm::exportReport, dialogs);
        report.setId("exportTracingReport");
        // Without a set there is nothing to report: the chooser came first and the refusal only after a name was typed.
        report.disableProperty().bind(vm.setProperty().isNull());
        // Adding a hypothesis has its fields in the pane at the right: in this bar they made it wrap into three
        // rows at 1024×768, taking the height the evidence table needs.
        FlowPane bar = new FlowPane(6, 4, new Label("Hypothesis set"), sets, template, edit, delete, report);
        bar.setPadding(new Insets(4, 6, 4, 6));
        return bar;
    }

    /**
     * The evidence table's columns, P(E|H) of each hypothesis right after the date: they are what the table is read
     * for, and behind the description and the source they sat past the right edge of the pane.
     */
    private void hypothesisColumns(HypothesisSet set) {
        List<TableColumn<EvidenceRow, ?>> columns = new ArrayList<>();
        columns.add(column("#", EvidenceRow::id));
        columns.add(column("Date", EvidenceRow::date));
        if (set != null) {
            for (int i = 0; i < set.hypotheses().size(); i++) {
                int index = i;
                columns.add(column("P(E|" + set.hypotheses().get(i).name() + ") · test · dB",
                        r -> index < r.perHypothesis().size() ? r.perHypothesis().get(index) : ""));
            }
        }
        columns.add(column("Moved", EvidenceRow::moved));
        columns.add(wide(column("Description", EvidenceRow::description)));
        columns.add(column("Source", EvidenceRow::source));
        columns.add(column("Passage", EvidenceRow::status));
        columns.add(column("Group", EvidenceRow::group));
        columns.add(wide(column("Quote", EvidenceRow::quote)));
        evidence.getColumns().setAll(columns);
    }

    private TableView<SensitivityRow> sensitivity() {
        TableView<SensitivityRow> table = new TableView<>(viewModel.sensitivity());
        table.setId("sensitivityTable");
        table.getColumns().add(column("Hypothesis", SensitivityRow::hypothesis));
        table.getColumns().add(column("Prior", SensitivityRow::prior));
        table.getColumns().add(column("Posterior", SensitivityRow::posterior));
        table.getColumns().add(column("Lowest", SensitivityRow::low));
        table.getColumns().add(column("Highest", SensitivityRow::high));
        table.getColumns().add(wide(column("Without the item that moved it most", SensitivityRow::withoutTopItem)));
        return table;
    }

    /** The chain over time, the events and evidence as a table, and the fields to add or remove an event. */
    private javafx.scene.Node causalChain(DialogService dialogs) {
        CausalChainChart chart = new CausalChainChart(viewModel);
        TableView<ChainRow> table = chain();
        TextField date = field("YYYY-MM-DD", 100, "eventDate");
        date.textProperty().bindBidirectional(viewModel.eventDateProperty());
        TextField label = field("event", 180, "eventLabel");
        label.textProperty().bindBidirectional(viewModel.eventLabelProperty());
        TextField description = field("description (optional)", 220, "eventDescription");
        description.textProperty().bindBidirectional(viewModel.eventDescriptionProperty());
        Button add = new Button("Add event");
        add.setId("addEvent");
        add.setOnAction(e -> viewModel.addEvent());
        Button study = new Button("Add the study's events");
        study.setId("addStudyEvents");
        study.setTooltip(new javafx.scene.control.Tooltip("The NATO-Russia study's events the project does not hold"
                + " yet"));
        study.setOnAction(e -> viewModel.addStudyEvents());
        Button remove = new Button("Remove event");
        remove.setId("removeEvent");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().map(r -> r.eventId() == 0)
                .orElse(true));
        remove.setOnAction(e -> {
            ChainRow row = table.getSelectionModel().getSelectedItem();
            if (row != null && viewModel.allowsChange("Remove event")
                    && dialogs.confirm("Remove event", "Remove the event \"" + row.label() + "\"?")) {
                viewModel.removeEvent(row);
            }
        });
        Button svg = ExportButton.toFlow("Export SVG…", "Export the causal chain as SVG", "causal-chain.svg",
                viewModel::exportReport, dialogs);
        Button png = ExportButton.toFlow("Export PNG…", "Export the causal chain image", "causal-chain.png",
                out -> viewModel.exportPng(chart, out), dialogs);
        svg.setId("exportChainSvg");
        svg.disableProperty().bind(viewModel.setProperty().isNull());
        png.setId("exportChainPng");
        FlowPane bar = new FlowPane(6, 4, new Label("Event"), date, label, description, add, remove, study, svg,
                png);
        bar.setPadding(new Insets(4, 6, 4, 6));
        SplitPane split = new SplitPane(chart, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        BorderPane pane = new BorderPane(split);
        pane.setTop(bar);
        return pane;
    }

    /** The verbal scale (one TERM=P a line) and van Evera's thresholds, saved as project settings. */
    private javafx.scene.Node settings() {
        javafx.scene.control.TextArea scale = new javafx.scene.control.TextArea();
        scale.setId("verbalScale");
        scale.setPrefRowCount(8);
        scale.setPrefColumnCount(24);
        scale.textProperty().bindBidirectional(viewModel.scaleProperty());
        Button saveScale = new Button("Save scale");
        saveScale.setId("saveScale");
        saveScale.setOnAction(e -> viewModel.saveScale());
        Button resetScale = new Button("Shipped scale");
        resetScale.setOnAction(e -> viewModel.resetScale());
        TextField certainty = field("0.8", 60, "certaintyThreshold");
        certainty.textProperty().bindBidirectional(viewModel.certaintyProperty());
        TextField uniqueness = field("0.2", 60, "uniquenessThreshold");
        uniqueness.textProperty().bindBidirectional(viewModel.uniquenessProperty());
        Button saveThresholds = new Button("Save thresholds");
        saveThresholds.setId("saveThresholds");
        saveThresholds.setOnAction(e -> viewModel.saveThresholds());
        Label help = new Label("A term is turned into its number when evidence is recorded: a new scale leaves "
                + "recorded evidence as it is. Certain: P(E|H) at least the certainty; unique: P(E|not H) at most the "
                + "uniqueness.");
        help.setWrapText(true);
        help.getStyleClass().add("pane-subtitle");
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        grid.setPadding(new Insets(4, 6, 4, 6));
        grid.addRow(0, new Label("Verbal scale (TERM=P, one a line)"), scale,
                new VBox(4, saveScale, resetScale));
        grid.addRow(1, new Label("Certainty threshold"), certainty);
        grid.addRow(2, new Label("Uniqueness threshold"), uniqueness, saveThresholds);
        grid.add(help, 0, 3, 3, 1);
        return grid;
    }

    private TableView<ChainRow> chain() {
        TableView<ChainRow> table = new TableView<>(viewModel.chain());
        table.setId("causalChain");
        table.getColumns().add(column("Date", ChainRow::date));
        table.getColumns().add(column("What", ChainRow::kind));
        table.getColumns().add(wide(column("Event or evidence", ChainRow::label)));
        table.getColumns().add(wide(column("Posteriors after it", ChainRow::posteriors)));
        return table;
    }

    static TextField field(String prompt, double width, String id) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        field.setPrefWidth(width);
        field.setId(id);
        return field;
    }

    private static Tab tab(String name, javafx.scene.Node content) {
        Tab tab = new Tab(name, content);
        tab.setClosable(false);
        return tab;
    }

    static <R, V> TableColumn<R, V> column(String name, Function<R, V> value) {
        TableColumn<R, V> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return ColumnHeaders.fitted(column);
    }

    private static <R, V> TableColumn<R, V> wide(TableColumn<R, V> column) {
        column.setPrefWidth(260);
        return column;
    }

    /**
     * The rows are made anew after every change, and the selection model keeps a selected row only if an equal one
     * comes back: an item whose P(E|H) was just edited lost its selection (and Edit and Remove went grey). Its id is
     * read before the selection model hears of the change (list listeners run in the order they were added) and the
     * row with that id selected again after, as Table 1 keeps its selected cell.
     */
    private void keepSelectedItem() {
        long[] kept = {-1};
        viewModel.evidence().addListener((ListChangeListener<EvidenceRow>) c -> {
            EvidenceRow selected = evidence.getSelectionModel().getSelectedItem();
            kept[0] = selected == null ? -1 : selected.id();
        });
        evidence.setItems(viewModel.evidence());
        viewModel.evidence().addListener((ListChangeListener<EvidenceRow>) c -> {
            EvidenceRow selected = evidence.getSelectionModel().getSelectedItem();
            if (kept[0] >= 0 && (selected == null || selected.id() != kept[0])) {
                evidenceRow(kept[0]).ifPresent(row -> evidence.getSelectionModel().select(row));
            }
        });
    }

    /** Selects the evidence item with id {@code id} in the table and scrolls to it (an item chosen in the ledger). */
    private void selectEvidence(long id) {
        evidenceRow(id).ifPresent(row -> {
            evidence.getSelectionModel().select(row);
            evidence.scrollTo(row);
        });
    }

    private Optional<EvidenceRow> evidenceRow(long id) {
        return evidence.getItems().stream().filter(r -> r.id() == id).findFirst();
    }

    public TableView<EvidenceRow> evidenceTable() {
        return evidence;
    }
}
