package org.parallax.ui.tracing;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.parallax.model.HypothesisSet;
import org.parallax.ui.common.ColumnHeaders;
import org.parallax.ui.common.DialogService;

/**
 * The Process tracing tab: a hypothesis set, its evidence table (double-click opens the passage) with the form
 * "Use as evidence…" fills, and below the ledger chart, the sensitivity table and the causal chain.
 */
public final class TracingView extends BorderPane {
    private final TracingViewModel viewModel;
    private final TableView<EvidenceRow> evidence = new TableView<>();
    private final int fixedColumns;

    public TracingView(TracingViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        setId("tracingTab");
        evidence.setId("evidenceTable");
        evidence.setItems(viewModel.evidence());
        evidence.getColumns().add(column("#", EvidenceRow::id));
        evidence.getColumns().add(column("Date", EvidenceRow::date));
        evidence.getColumns().add(wide(column("Description", EvidenceRow::description)));
        evidence.getColumns().add(column("Source", EvidenceRow::source));
        evidence.getColumns().add(column("Passage", EvidenceRow::status));
        evidence.getColumns().add(column("Group", EvidenceRow::group));
        fixedColumns = evidence.getColumns().size();
        evidence.setRowFactory(t -> {
            TableRow<EvidenceRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        viewModel.shownSetProperty().addListener((o, was, now) -> hypothesisColumns(now));
        hypothesisColumns(viewModel.shownSetProperty().get());

        Label problem = new Label();
        problem.setId("tracingProblem");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.getStyleClass().add("pane-subtitle");

        javafx.scene.control.ScrollPane form = new javafx.scene.control.ScrollPane(new EvidenceFormView(viewModel));
        form.setFitToWidth(true);
        SplitPane upper = new SplitPane(evidence, form);
        upper.setDividerPositions(0.68);
        TabPane results = new TabPane(tab("Ledger", new LedgerChart(viewModel)),
                tab("Sensitivity", sensitivity()), tab("Causal chain", chain()));
        SplitPane parts = new SplitPane(upper, results);
        parts.setOrientation(Orientation.VERTICAL);
        setTop(new VBox(2, setBar(viewModel, dialogs), problem));
        setCenter(parts);
    }

    private FlowPane setBar(TracingViewModel vm, DialogService dialogs) {
        ComboBox<String> sets = new ComboBox<>(vm.sets());
        sets.setId("hypothesisSets");
        sets.valueProperty().bindBidirectional(vm.setProperty());
        TextField name = field("H3", 60, "hypothesisName");
        TextField statement = field("statement", 220, "hypothesisStatement");
        TextField prior = field("prior", 60, "hypothesisPrior");
        CheckBox catchAll = new CheckBox("catch-all");
        Button add = new Button("Add hypothesis");
        add.setId("addHypothesis");
        add.setOnAction(e -> {
            String set = vm.setProperty().get() != null ? vm.setProperty().get()
                    : dialogs.askText("Hypothesis set", "Name of the new hypothesis set:", "").orElse(null);
            if (set != null) {
                vm.addHypothesis(set, name.getText(), statement.getText(), prior.getText(), catchAll.isSelected());
                name.clear();
                statement.clear();
                prior.clear();
                catchAll.setSelected(false);
            }
        });
        Button newSet = new Button("New set…");
        newSet.setOnAction(e -> dialogs.askText("Hypothesis set", "Name of the new hypothesis set (then add its "
                + "first hypothesis):", "").ifPresent(set -> vm.addHypothesis(set, name.getText(),
                statement.getText(), prior.getText(), catchAll.isSelected())));
        Button template = new Button("Add the study's H1/H2");
        template.setId("studyTemplate");
        template.setOnAction(e -> vm.installTemplate());
        Button delete = new Button("Remove evidence");
        delete.setOnAction(e -> {
            EvidenceRow row = evidence.getSelectionModel().getSelectedItem();
            if (row != null && dialogs.confirm("Remove evidence", "Remove evidence #" + row.id() + "? The passage "
                    + "itself stays.")) {
                vm.deleteEvidence(row);
            }
        });
        Button report = new Button("Export report…");
        report.setId("exportTracingReport");
        report.setOnAction(e -> dialogs.chooseSaveFile("Export process tracing report (.html, .docx; ledger .csv, "
                + ".json)", "process-tracing.html", "html").ifPresent(out -> vm.exportReport(out,
                () -> dialogs.showInformation("Export", "Saved " + out))));
        FlowPane bar = new FlowPane(6, 4, new Label("Hypothesis set"), sets, name, statement, prior, catchAll, add,
                newSet, template, delete, report);
        bar.setPadding(new Insets(4, 6, 4, 6));
        return bar;
    }

    private void hypothesisColumns(HypothesisSet set) {
        evidence.getColumns().remove(fixedColumns, evidence.getColumns().size());
        if (set != null) {
            for (int i = 0; i < set.hypotheses().size(); i++) {
                int index = i;
                evidence.getColumns().add(column("P(E|" + set.hypotheses().get(i).name() + ") · test · dB",
                        r -> index < r.perHypothesis().size() ? r.perHypothesis().get(index) : ""));
            }
        }
        evidence.getColumns().add(column("Moved", EvidenceRow::moved));
        evidence.getColumns().add(wide(column("Quote", EvidenceRow::quote)));
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

    private TableView<ChainRow> chain() {
        TableView<ChainRow> table = new TableView<>(viewModel.chain());
        table.setId("causalChain");
        table.getColumns().add(column("Date", ChainRow::date));
        table.getColumns().add(column("What", ChainRow::kind));
        table.getColumns().add(wide(column("Event or evidence", ChainRow::label)));
        table.getColumns().add(wide(column("Posteriors after it", ChainRow::posteriors)));
        return table;
    }

    private static TextField field(String prompt, double width, String id) {
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

    public TableView<EvidenceRow> evidenceTable() {
        return evidence;
    }
}
