package org.parallax.ui.help;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.parallax.ui.common.ClosesOnEscape;

/**
 * Help → Documentation: the bundled pages in a list, each by its title with its file name under it, the chosen one
 * rendered beside it; the first, selected as it opens, is getting started with the installed program.
 */
public final class HelpWindow {
    private static Stage open;

    /** The list's border and its vertical scroll bar, which a wrapped title leaves room for. */
    private static final double CELL_INSET = 20;

    private final ListView<String> pages = new ListView<>();
    private final MarkdownView page = new MarkdownView(this::select);
    private final ScrollPane scroll = new ScrollPane(page);
    private final Stage stage = new Stage();

    private HelpWindow(Window owner) {
        pages.getItems().setAll(HelpPages.pages());
        pages.setCellFactory(list -> {
            ListCell<String> cell = new ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    // under the title, the name a command's --help gives ("docs/agreement.md"), on a line of its
                    // own: a graphic under the text centred the two on each other, titles and names zigzagging
                    setText(empty || item == null ? null : HelpPages.title(item) + "\n" + HelpPages.file(item));
                }
            };
            // A long title wraps within the list: cut at the list's edge ("Analysis: matrices, expectations,
            // timeline, s"), it was readable only by scrolling the list sideways.
            cell.setWrapText(true);
            cell.prefWidthProperty().bind(Bindings.max(0, list.widthProperty().subtract(CELL_INSET)));
            cell.setMaxWidth(Control.USE_PREF_SIZE);
            return cell;
        });
        pages.setId("helpPages");
        pages.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                page.show(HelpPages.text(now).orElse(""));
                scroll.setVvalue(0);
            }
        });
        page.setPadding(new Insets(12));
        page.setId("helpPage");
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(pages, scroll);
        split.setDividerPositions(0.3);
        HBox buttons = ClosesOnEscape.closeButtonRow(stage, "helpClose");
        Scene scene = new Scene(new BorderPane(split, null, null, buttons, null), 1000, 700);
        scene.getStylesheets().add(HelpWindow.class.getResource("help.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Parallax documentation");
        ClosesOnEscape.install(stage);
        if (owner != null) {
            stage.initOwner(owner);
        }
        if (!pages.getItems().isEmpty()) {
            pages.getSelectionModel().select(0);
        }
    }

    /** Opens the documentation window, or brings the open one to the front. */
    public static Stage show(Window owner) {
        if (open == null || !open.isShowing()) {
            open = new HelpWindow(owner).stage;
        }
        open.show();
        open.toFront();
        return open;
    }

    private void select(String name) {
        pages.getSelectionModel().select(name);
    }
}
