package org.parallax.ui.passages;

import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A cell's passages under a heading; double-click or Enter opens one in the document view, and the passages chosen
 * (or all of them) copy as quotes, whole and with their sources, for a researcher's notes or paper.
 */
public final class PassageListPane extends VBox {
    private final ListView<PassageRow> list;

    public PassageListPane(String id, CellPassages cell, Consumer<PassageRow> opener) {
        super(4);
        Label title = new Label();
        title.textProperty().bind(cell.headingProperty());
        title.getStyleClass().add("pane-subtitle");
        title.setId(id + "Heading");
        title.setWrapText(true);
        // The list below grows; without this the box squeezes the heading to one line and cuts it, count and all.
        title.setMinHeight(Region.USE_PREF_SIZE);
        // A blank heading (no cell chosen where the view prompts in its own words) takes no line.
        title.visibleProperty().bind(cell.headingProperty().isNotEmpty());
        title.managedProperty().bind(title.visibleProperty());
        list = new ListView<>(cell.rows());
        list.setId(id);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PassageRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.listed());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                opener.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                opener.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        CopyQuotes copies = new CopyQuotes(cell::quote, list.getSelectionModel().getSelectedItems(), cell.rows());
        copies.keys(list);
        MenuItem open = new MenuItem("Open in the document");
        open.setOnAction(e -> opener.accept(list.getSelectionModel().getSelectedItem()));
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        ContextMenu menu = new ContextMenu(open);
        menu.getItems().addAll(copies.items());
        list.setContextMenu(menu);
        getChildren().addAll(title, list);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    /** Puts the keyboard in the list, on its first passage when none is chosen, for Enter to open it. */
    public void takeKeyboard() {
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
        list.requestFocus();
    }
}
