package org.parallax.ui.app;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Escape in the Search tab goes back to where Edit → Find (Ctrl+F) was pressed: the tab then in front, the control that
 * had the keyboard, and the document read, with its selection or from the line read. A researcher looks a phrase up,
 * steps through the hits (F3), codes one, and returns to the passage they were at; Escape did nothing, and the way
 * back was a hunt with Tab and F6 over whichever document the last hit had opened.
 */
final class BackFromSearch {
    private record Place(Tab tab, Node focus, MainViewModel.PlaceRead read) {
    }

    private final TabPane tabs;
    private final Tab searchTab;
    private final MainViewModel viewModel;
    /** Where Ctrl+F was pressed; none once the Search tab is left another way. */
    private Place place;

    BackFromSearch(TabPane tabs, Tab searchTab, MainViewModel viewModel) {
        this.tabs = tabs;
        this.searchTab = searchTab;
        this.viewModel = viewModel;
        // A handler, not a filter: a control that uses Escape itself (an open list of saved searches) keeps it.
        tabs.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()
                    && searchTab.isSelected() && place != null) {
                e.consume();
                goBack();
            }
        });
        searchTab.selectedProperty().addListener((o, was, selected) -> {
            if (!selected) {
                place = null;
            }
        });
    }

    /** Ctrl+F is bringing the Search tab forward; {@code focus} has the keyboard. In the tab already, the place stays. */
    void remember(Node focus) {
        if (!searchTab.isSelected()) {
            place = new Place(tabs.getSelectionModel().getSelectedItem(), focus, viewModel.placeRead());
        }
    }

    private void goBack() {
        Place back = place;
        place = null;
        if (back.read() != null) {
            viewModel.returnTo(back.read());
        }
        tabs.getSelectionModel().select(back.tab());
        Node focus = back.focus();
        if (focus != null) {
            // After the tab's content is shown: a node not yet shown does not take the keyboard.
            Platform.runLater(() -> {
                if (focus.getScene() == tabs.getScene() && !focus.isDisabled()) {
                    focus.requestFocus();
                }
            });
        }
    }
}
