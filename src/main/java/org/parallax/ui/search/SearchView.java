package org.parallax.ui.search;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.parallax.model.SavedSearch;
import org.parallax.ui.common.DialogService;
import org.parallax.workbench.SearchHit;
import org.parallax.ui.common.FittedColumns;

/** The search tab: query box, KWIC table, saved searches and the auto-code bar; F3 / Shift+F3 step through hits. */
public final class SearchView extends VBox {
    private final SearchViewModel viewModel;
    private final TableView<SearchHit> table = new TableView<>();
    private final TextField query = new TextField();
    private final EventHandler<KeyEvent> stepKeys = this::stepKey;
    private boolean following;

    public SearchView(SearchViewModel viewModel, AutoCodeViewModel autoCode, DialogService dialogs) {
        super(4);
        this.viewModel = viewModel;
        getStyleClass().add("search-pane");
        query.setId("searchQuery");
        query.setPromptText("Search: words, \"phrases\", actor:Russia, date:[1997 TO 2002], code:\"…\" — Enter runs it");
        query.textProperty().bindBidirectional(viewModel.queryProperty());
        query.setOnAction(e -> viewModel.run());
        query.addEventFilter(KeyEvent.KEY_PRESSED, this::downToTheHits);
        HBox.setHgrow(query, Priority.ALWAYS);
        CheckBox exact = new CheckBox("Exact forms");
        exact.selectedProperty().bindBidirectional(viewModel.exactFormsProperty());
        Button run = new Button("Search");
        run.setOnAction(e -> viewModel.run());
        ComboBox<SavedSearch> saved = new ComboBox<>(viewModel.saved());
        saved.setId("savedSearches");
        saved.setPromptText("Saved searches");
        // A deleted search must not stay chosen, offering Delete… again for a row that is gone.
        viewModel.saved().addListener((ListChangeListener<SavedSearch>) c -> {
            if (saved.getValue() != null && !viewModel.saved().contains(saved.getValue())) {
                saved.setValue(null);
            }
        });
        saved.setButtonCell(savedCell());
        saved.setCellFactory(c -> savedCell());
        saved.setOnAction(e -> viewModel.runSaved(saved.getValue()));
        Button save = new Button("Save…");
        save.setOnAction(e -> dialogs.askText("Save search", "Name for “" + viewModel.queryProperty().get() + "”", "")
                .ifPresent(viewModel::save));
        Button delete = new Button("Delete…");
        delete.setId("deleteSavedSearch");
        delete.disableProperty().bind(saved.valueProperty().isNull());
        delete.setOnAction(e -> viewModel.deleteSaved(saved.getValue(), s -> dialogs.confirm("Delete saved search",
                "Delete the saved search “" + s.name() + "” (" + s.query() + ")?"),
                refusal -> dialogs.showInformation("Delete saved search", refusal)));
        HBox bar = new HBox(6, query, exact, run, saved, save, delete);

        Label error = new Label();
        error.setId("searchError");
        error.getStyleClass().add("search-error");
        error.setStyle("-fx-text-fill: #b00020;");
        error.textProperty().bind(viewModel.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        error.setWrapText(true);
        Label totals = new Label();
        totals.setId("searchTotals");
        totals.textProperty().bind(viewModel.totalsProperty());
        // A note on how the query was read ("drop the quotes…") follows the totals: it wraps rather than being cut.
        totals.setWrapText(true);
        totals.setMinHeight(Region.USE_PREF_SIZE);
        totals.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(totals, Priority.ALWAYS);
        Label index = new Label();
        index.textProperty().bind(viewModel.indexStatusProperty());
        index.getStyleClass().add("pane-subtitle");
        index.setMinWidth(Region.USE_PREF_SIZE);
        HBox info = new HBox(12, totals, index);

        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, error, info, table, new AutoCodeBar(autoCode));
    }

    private void buildTable() {
        table.setId("searchResults");
        table.setItems(viewModel.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Label empty = new Label();
        empty.setId("searchPlaceholder");
        // After a search that found nothing the table must not still ask for a query: it says what the totals say.
        empty.textProperty().bind(Bindings.when(viewModel.totalsProperty().isEmpty())
                .then("Type a query and press Enter")
                .otherwise(viewModel.totalsProperty()));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        TableColumn<SearchHit, String> document = column("Document", SearchHit::title, 170);
        TableColumn<SearchHit, LocalDate> date = new TableColumn<>("Date");
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date()));
        date.setPrefWidth(90);
        TableColumn<SearchHit, String> actor = column("Actor", SearchHit::actor, 110);
        TableColumn<SearchHit, String> left = column("Left", SearchHit::left, 300);
        // Cut at its start when too long: the words next to the hit are the ones to read.
        left.setStyle("-fx-alignment: CENTER-RIGHT; -fx-text-overrun: leading-ellipsis;");
        TableColumn<SearchHit, String> hit = column("Hit", SearchHit::hit, 130);
        hit.setStyle("-fx-font-weight: bold; -fx-alignment: CENTER;");
        TableColumn<SearchHit, String> right = column("Right", SearchHit::right, 300);
        table.getColumns().addAll(document, date, actor, left, hit, right);
        // The columns share the pane's width, so the right-hand context stays in view at 1280×800 instead of
        // behind a sideways scroll bar; the contexts give way most, being widest.
        FittedColumns.fitOrScroll(table);
        HitColumnWidth.follow(table, hit);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<SearchHit>) c ->
                viewModel.selection().setAll(table.getSelectionModel().getSelectedItems()));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !following) {
                viewModel.open(now);
            }
        });
        viewModel.currentProperty().addListener((o, was, now) -> follow(now));
        // F3 steps through hits wherever the focus is, also in the document text the hit opened.
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, stepKeys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, stepKeys);
            }
        });
    }

    /**
     * Down in the query box goes to the hits, on the one last opened (F3) or else opening the first, so the arrows
     * walk them and a code's key codes the one open: in the box the digit was typed into the query, and the hits
     * were five Tabs away, where the first Down skipped the first hit.
     */
    private void downToTheHits(KeyEvent e) {
        if (e.getCode() != KeyCode.DOWN || e.isShiftDown() || e.isShortcutDown() || e.isAltDown()
                || table.getItems().isEmpty()) {
            return;
        }
        e.consume();
        int at = table.getItems().indexOf(viewModel.currentProperty().get());
        table.requestFocus();
        if (at < 0) {
            table.getSelectionModel().clearAndSelect(0);
            at = 0;
        }
        table.getFocusModel().focus(at);
        table.scrollTo(at);
    }

    private void stepKey(KeyEvent e) {
        if (e.getCode() == KeyCode.F3 && !viewModel.rows().isEmpty()) {
            if (e.isShiftDown()) {
                viewModel.previous();
            } else {
                viewModel.next();
            }
            e.consume();
        }
    }

    /** Keeps the table's selection on the hit F3 moved to, without re-opening it. */
    private void follow(SearchHit hit) {
        if (hit == null || table.getSelectionModel().getSelectedItem() == hit) {
            return;
        }
        following = true;
        try {
            table.getSelectionModel().clearAndSelect(table.getItems().indexOf(hit));
            table.scrollTo(hit);
        } finally {
            following = false;
        }
    }

    private static ListCell<SavedSearch> savedCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(SavedSearch item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + " — " + item.query());
            }
        };
    }

    private static TableColumn<SearchHit, String> column(String name, Function<SearchHit, String> value,
                                                         double width) {
        TableColumn<SearchHit, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Puts the caret in the query box with its text selected, so what is typed next replaces the last query. */
    public void focusQuery() {
        query.requestFocus();
        query.selectAll();
    }

    /** The caret to the end of the query box, after the typed text: a letter typed on the Search tab's heading. */
    public void typeIntoQuery(String typed) {
        query.requestFocus();
        query.appendText(typed);
        query.end();
    }

    public TableView<SearchHit> table() {
        return table;
    }
}
