package org.parallax.ui.codebook;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongPredicate;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.paint.Color;

/**
 * The codebook tree grouped by frame, with colour swatches, live counts and definitions as tooltips.
 * Clicking a code selects it and shows its guide; double-click, Enter, the "Code selection" button or
 * dragging the text selection onto it codes the selection.
 */
public final class CodebookView extends VBox {
    /** A code dragged onto a frame or another code, to move it there. */
    private static final DataFormat CODE_ID = new DataFormat("application/x-parallax-code-id");
    private final CodebookViewModel viewModel;
    private final TreeView<CodebookNode> tree = new TreeView<>(new TreeItem<>());
    private final LongPredicate coder;

    /** {@code coder} codes the current text selection with a code id and says whether it did. */
    public CodebookView(CodebookViewModel viewModel, LongPredicate coder) {
        super(4);
        this.viewModel = viewModel;
        this.coder = coder;
        getStyleClass().add("codebook-pane");
        Label heading = new Label("Code_book");
        heading.setMnemonicParsing(true);
        heading.getStyleClass().add("pane-title");
        heading.setLabelFor(tree);
        tree.setId("codebookTree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new NodeCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                viewModel.selectedProperty().set(now == null ? null : now.getValue()));
        // Ctrl- or Shift-click picks many codes, for Move to frame… (an imported codebook's codes all start in
        // "Other codes"); every other command acts on the entry clicked last.
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TreeItem<CodebookNode>>) c ->
                viewModel.chosen().setAll(tree.getSelectionModel().getSelectedItems().stream()
                        .filter(Objects::nonNull).map(TreeItem::getValue).toList()));
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                codeSelected();
            } else if (e.getCode() == KeyCode.DELETE) {
                viewModel.delete();
            } else if (e.getCode() == KeyCode.F2) {
                viewModel.rename();
            }
        });
        tree.setContextMenu(menu());
        viewModel.setFormPresenter(form -> EntryFormView.showDialog(form, getScene() == null ? null
                : getScene().getWindow()));
        TextField filter = new TextField();
        filter.setId("codebookFilter");
        filter.setPromptText("Filter codes");
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        viewModel.roots().addListener((ListChangeListener<CodebookNode>) c -> rebuild());
        Button code = new Button("Code selection");
        code.setId("codeSelection");
        code.setOnAction(e -> codeSelected());
        code.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.selectedProperty().get() == null
                || !viewModel.selectedProperty().get().isCodable(), viewModel.selectedProperty()));
        Button add = new Button("Add code");
        add.setOnAction(e -> viewModel.addCode());
        Button merge = new Button("Merge…");
        merge.setOnAction(e -> viewModel.merge());
        Button delete = new Button("Delete");
        delete.setOnAction(e -> viewModel.delete());
        Button edit = new Button("Edit…");
        edit.setId("editEntry");
        edit.setOnAction(e -> viewModel.edit());
        for (Button needsEntry : new Button[] {edit, merge, delete}) {
            needsEntry.disableProperty().bind(viewModel.selectedProperty().isNull());
        }
        FlowPane buttons = new FlowPane(4, 4, code, add, edit, merge, delete);
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(heading, filter, tree, buttons);
    }

    private ContextMenu menu() {
        MenuItem add = new MenuItem("Add code…");
        add.setOnAction(e -> viewModel.addCode());
        MenuItem edit = new MenuItem("Edit…");
        edit.setOnAction(e -> viewModel.edit());
        MenuItem frame = new MenuItem("Add frame…");
        frame.setOnAction(e -> viewModel.addFrame());
        MenuItem rename = new MenuItem("Rename…");
        rename.setOnAction(e -> viewModel.rename());
        MenuItem merge = new MenuItem("Merge into…");
        merge.setOnAction(e -> viewModel.merge());
        MenuItem delete = new MenuItem("Delete…");
        delete.setOnAction(e -> viewModel.delete());
        MenuItem move = new MenuItem("Move to frame…");
        move.setOnAction(e -> viewModel.moveToFrame());
        MenuItem key = new MenuItem("Coding key…");
        key.setOnAction(e -> viewModel.assignShortcut());
        MenuItem scenario = new MenuItem("Add scenario…");
        scenario.setOnAction(e -> viewModel.addScenario());
        return new ContextMenu(add, edit, rename, merge, move, key, delete, frame, scenario);
    }

    private boolean codeSelected() {
        CodebookNode node = viewModel.selectedProperty().get();
        return node != null && node.isCodable() && coder.test(node.id());
    }

    /** Rebuilds the tree from the view-model, keeping collapsed frames collapsed and the selection. */
    private void rebuild() {
        Set<String> collapsed = new HashSet<>();
        for (TreeItem<CodebookNode> item : tree.getRoot().getChildren()) {
            if (!item.isExpanded()) {
                collapsed.add(item.getValue().name());
            }
        }
        CodebookNode selected = viewModel.selectedProperty().get();
        List<CodebookNode> chosen = List.copyOf(viewModel.chosen());
        tree.getRoot().getChildren().setAll(items(viewModel.roots(), collapsed));
        // Replacing the items lets the tree keep whatever rows are now where the old ones were, and in multiple
        // selection select() adds to them: after Move to frame the moved code and the row that took its place were
        // both highlighted, and a key pressed next (Delete, F2, F4, Enter) acted on one of them. The selection is made
        // again by id (a renamed code too): the entries chosen with it, the one selected last so it leads; those gone
        // are not, nor are the others when the selection was set anew (a code just made).
        tree.getSelectionModel().clearSelection();
        if (selected != null && chosen.contains(selected)) {
            chosen.stream().filter(n -> !n.equals(selected)).forEach(n -> select(tree.getRoot(), n));
        }
        if (selected != null) {
            select(tree.getRoot(), selected);
        }
    }

    private static List<TreeItem<CodebookNode>> items(List<CodebookNode> nodes, Set<String> collapsed) {
        return nodes.stream().map(n -> {
            TreeItem<CodebookNode> item = new TreeItem<>(n);
            item.getChildren().setAll(items(n.children(), collapsed));
            item.setExpanded(!collapsed.contains(n.name()));
            return item;
        }).toList();
    }

    private boolean select(TreeItem<CodebookNode> parent, CodebookNode wanted) {
        for (TreeItem<CodebookNode> item : parent.getChildren()) {
            CodebookNode node = item.getValue();
            // Headings share id 0, so only they are told apart by name.
            if (node.kind() == wanted.kind() && node.id() == wanted.id()
                    && (node.kind() != CodebookNode.Kind.HEADING || node.name().equals(wanted.name()))) {
                tree.getSelectionModel().select(item);
                return true;
            }
            if (select(item, wanted)) {
                return true;
            }
        }
        return false;
    }

    public TreeView<CodebookNode> tree() {
        return tree;
    }

    /** A tree row: colour swatch, name with shortcut and count, definition as tooltip. */
    private final class NodeCell extends TreeCell<CodebookNode> {
        private final Tooltip tooltip = wrappingTooltip();

        NodeCell() {
            setPrefWidth(0);
            // A single click only selects (and shows the guide); coding takes a deliberate double-click.
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null
                        && getItem().isCodable()) {
                    codeSelected();
                }
            });
            setOnDragDetected(e -> {
                if (getItem() != null && getItem().kind() == CodebookNode.Kind.CODE) {
                    Dragboard board = startDragAndDrop(TransferMode.MOVE);
                    ClipboardContent content = new ClipboardContent();
                    content.put(CODE_ID, getItem().id());
                    board.setContent(content);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                if (e.getDragboard().hasContent(CODE_ID)) {
                    if (viewModel.canMove((Long) e.getDragboard().getContent(CODE_ID), getItem())) {
                        e.acceptTransferModes(TransferMode.MOVE);
                    }
                } else if (getItem() != null && getItem().isCodable() && e.getGestureSource() != null
                        && e.getDragboard().hasString()) {
                    e.acceptTransferModes(TransferMode.LINK);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                if (e.getDragboard().hasContent(CODE_ID)) {
                    viewModel.move((Long) e.getDragboard().getContent(CODE_ID), getItem());
                    e.setDropCompleted(true);
                } else {
                    e.setDropCompleted(getItem() != null && getItem().isCodable() && coder.test(getItem().id()));
                }
                e.consume();
            });
        }

        @Override
        protected void updateItem(CodebookNode node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeAll("frame-node", "heading-node");
            if (empty || node == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            // Name, key cap and count in one row as wide as the column: a long name is cut with "…", never the
            // key or the count, and no sideways scroll bar hides them (the cell asks for no width of its own).
            Label name = new Label(node.name());
            name.setMinWidth(0);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            HBox row = new HBox(6);
            row.setAlignment(Pos.CENTER_LEFT);
            if (node.color() != null && node.color().matches("#[0-9a-fA-F]{6}")) {
                Rectangle swatch = new Rectangle(12, 12, Color.web(node.color()));
                swatch.setArcWidth(4);
                swatch.setArcHeight(4);
                row.getChildren().add(swatch);
            }
            row.getChildren().add(name);
            if (node.isCodable()) {
                if (node.shortcut() > 0) {
                    Label key = new Label(Integer.toString(node.shortcut()));
                    key.getStyleClass().add("key-cap");
                    key.setMinWidth(Region.USE_PREF_SIZE);
                    row.getChildren().add(key);
                }
                Label count = new Label(Integer.toString(node.count()));
                count.getStyleClass().add("code-count");
                count.setMinWidth(Region.USE_PREF_SIZE);
                row.getChildren().add(count);
            }
            setText(null);
            setGraphic(row);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            // A screen reader reads a cell's text, and this one shows its name, key and count as a graphic only.
            setAccessibleText(node.isCodable() ? node.name() + ". " + node.keyAndCount().replace(" · ", ". ")
                    : node.name());
            if (node.kind() == CodebookNode.Kind.FRAME) {
                getStyleClass().add("frame-node");
            } else if (node.kind() == CodebookNode.Kind.HEADING) {
                getStyleClass().add("heading-node");
            }
            // The full name leads the tooltip, so a name cut short by a narrow pane can always be read; the key and
            // the count follow in words.
            String head = node.isCodable() ? node.name() + "\n" + node.keyAndCount() : node.name();
            String tip = node.tooltip();
            tooltip.setText(tip == null || tip.isBlank() ? head : head + "\n\n" + tip);
            setTooltip(tooltip);
        }
    }

    /**
     * One tooltip per cell, its text changed as the cell shows another code: the tree re-makes its visible cells on
     * every passage coded (the counts change), and a new tooltip builds a popup window's scene each time, about a
     * tenth of the window's CPU per coded passage (docs/performance.md, "Issue 18, session 20").
     */
    private static Tooltip wrappingTooltip() {
        Tooltip tooltip = new Tooltip();
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(380);
        return tooltip;
    }
}
