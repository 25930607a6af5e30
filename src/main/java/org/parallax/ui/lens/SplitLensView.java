package org.parallax.ui.lens;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.parallax.model.Segment;
import org.parallax.ui.coding.DisplayLines;
import org.parallax.ui.coding.FrameLens;
import org.parallax.ui.coding.HighlightRun;
import org.parallax.ui.coding.PassageMenu;
import org.parallax.ui.coding.TextRange;
import org.parallax.ui.common.ChoiceBinding;
import org.parallax.ui.common.KeyboardContextMenus;

/**
 * The document twice, side by side and read-only, one frame's (or coder's) passages on each side, scrolling
 * together; each text has the document view's context menu, acting on the passages that side shows.
 */
public final class SplitLensView extends BorderPane {
    private final InlineCssTextArea leftArea;
    private final InlineCssTextArea rightArea;
    private boolean syncing;

    public SplitLensView(SplitLensViewModel viewModel, PassageMenu menu) {
        leftArea = area("lensLeftText", viewModel.leftProperty());
        rightArea = area("lensRightText", viewModel.rightProperty());
        offerMenu(leftArea, viewModel.leftProperty(), menu);
        offerMenu(rightArea, viewModel.rightProperty(), menu);
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        CheckBox byCoder = new CheckBox("Coders");
        byCoder.setId("lensByCoder");
        byCoder.selectedProperty().bindBidirectional(viewModel.byCoderProperty());
        HBox leftHeader = header("Left:", viewModel, chooser("lensLeftFrame", viewModel.frames(),
                viewModel.leftLensProperty()), chooser("lensLeftCoder", viewModel.coders(),
                viewModel.leftCoderProperty()));
        leftHeader.getChildren().add(byCoder);
        grid.add(leftHeader, 0, 0);
        grid.add(header("Right:", viewModel, chooser("lensRightFrame", viewModel.frames(),
                viewModel.rightLensProperty()), chooser("lensRightCoder", viewModel.coders(),
                viewModel.rightCoderProperty())), 1, 0);
        VirtualizedScrollPane<InlineCssTextArea> leftPane = new VirtualizedScrollPane<>(leftArea);
        VirtualizedScrollPane<InlineCssTextArea> rightPane = new VirtualizedScrollPane<>(rightArea);
        grid.add(leftPane, 0, 1);
        grid.add(rightPane, 1, 1);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        RowConstraints top = new RowConstraints();
        RowConstraints rest = new RowConstraints();
        rest.setVgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        grid.getRowConstraints().addAll(top, rest);
        setCenter(grid);
        setBottom(legend(viewModel));
        viewModel.leftProperty().addListener((o, was, now) -> show(leftArea, was, now));
        viewModel.rightProperty().addListener((o, was, now) -> show(rightArea, was, now));
        show(leftArea, null, viewModel.leftProperty().get());
        show(rightArea, null, viewModel.rightProperty().get());
        follow(leftArea.estimatedScrollYProperty(), rightArea);
        follow(rightArea.estimatedScrollYProperty(), leftArea);
    }

    /** What the outlines mean, which depends on whether the sides are frames or coders. */
    private static Label legend(SplitLensViewModel viewModel) {
        Label legend = new Label();
        legend.setId("splitLensLegend");
        legend.setWrapText(true);
        legend.setPadding(new javafx.geometry.Insets(2, 6, 2, 6));
        legend.getStyleClass().add("pane-subtitle");
        legend.textProperty().bind(viewModel.byCoderProperty().map(coders -> coders
                ? "Dashed red outline: a passage the other coder has no matching passage for."
                : "Bold, dark outline: a passage that overlaps a passage of the other side's frame"
                        + " (the same words read under both frames)."));
        return legend;
    }

    /**
     * A side's read-only text area. A copy carries the stored text: the area shows long paragraphs broken into
     * lines ({@link DisplayLines}).
     */
    private static InlineCssTextArea area(String id, ReadOnlyObjectProperty<LensSide> shown) {
        InlineCssTextArea area = new InlineCssTextArea() {
            @Override
            public void copy() {
                LensSide side = shown.get();
                if (getSelection().getLength() > 0) {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(side == null ? getSelectedText()
                            : side.display().storedBetween(getSelection().getStart(), getSelection().getEnd()));
                    Clipboard.getSystemClipboard().setContent(content);
                }
            }
        };
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("document-text");
        area.setId(id);
        return area;
    }

    /**
     * Right-click, Shift+F10 or the Menu key on a side: the document view's menu for the passages this side shows at
     * the place asked (from the keyboard at the selection's start or the caret, or just before it, as there) and for its
     * selection. It had none: coding or uncoding what the comparison showed meant leaving the split view.
     */
    private static void offerMenu(InlineCssTextArea area, ReadOnlyObjectProperty<LensSide> shown, PassageMenu menu) {
        area.setOnContextMenuRequested(e -> {
            LensSide side = shown.get();
            if (side == null) {
                return;
            }
            DisplayLines display = side.display();
            IndexRange selected = area.getSelection();
            List<Segment> passages;
            if (e.isKeyboardTrigger()) {
                int at = display.toStored(selected.getLength() > 0 ? selected.getStart() : area.getCaretPosition());
                passages = side.passagesAt(at);
                if (passages.isEmpty() && selected.getLength() == 0) {
                    passages = side.passagesAt(at - 1);
                }
            } else {
                int at = area.hit(e.getX(), e.getY()).getCharacterIndex().orElse(-1);
                passages = at < 0 ? List.of() : side.passagesAt(display.toStored(at));
            }
            TextRange range = new TextRange(display.toStored(selected.getStart()), display.toStored(selected.getEnd()));
            menu.of(passages, range).ifPresent(shownMenu -> {
                shownMenu.show(area, e.getScreenX(), e.getScreenY());
                e.consume();
            });
        });
        KeyboardContextMenus.placeAt(area, () -> area.getCaretBounds().or(area::getSelectionBounds));
    }

    /** A side's label with its frame chooser, or in coder mode its coder chooser. */
    private static HBox header(String label, SplitLensViewModel viewModel, ComboBox<FrameLens> frame,
                               ComboBox<String> coder) {
        Label name = new Label(label);
        name.labelForProperty().bind(viewModel.byCoderProperty().map(on -> on ? coder : frame));
        coder.visibleProperty().bind(viewModel.byCoderProperty());
        coder.managedProperty().bind(viewModel.byCoderProperty());
        frame.visibleProperty().bind(viewModel.byCoderProperty().not());
        frame.managedProperty().bind(viewModel.byCoderProperty().not());
        HBox box = new HBox(6, name, frame, coder);
        box.getStyleClass().add("lens-header");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static <T> ComboBox<T> chooser(String id, ObservableList<T> choices, ObjectProperty<T> value) {
        ComboBox<T> box = ChoiceBinding.comboBox(choices, value);
        box.setId(id);
        return box;
    }

    /**
     * When one side scrolls the other follows. The areas report their new position after layout, so an echo
     * arrives later rather than inside the call: a follower already at the position is left alone, which ends
     * the ping-pong, and the flag stops echoes that do arrive inside the call.
     */
    private void follow(ObservableValue<Double> source, InlineCssTextArea target) {
        source.addListener((o, was, now) -> {
            if (syncing || now == null) {
                return;
            }
            Platform.runLater(() -> {
                Double at = source.getValue();
                if (at == null || Math.abs(target.getEstimatedScrollY() - at) < 1) {
                    return;
                }
                syncing = true;
                try {
                    target.estimatedScrollYProperty().setValue(at);
                } finally {
                    syncing = false;
                }
            });
        });
    }

    private static void show(InlineCssTextArea area, LensSide before, LensSide now) {
        if (now == null) {
            area.clear();
            return;
        }
        if (before == null || !before.text().equals(now.text())) {
            area.replaceText(now.display().shown());
            area.moveTo(0);
        }
        List<String> styles = now.styles();
        StyleSpansBuilder<String> spans = new StyleSpansBuilder<>();
        DisplayLines display = now.display();
        for (int i = 0; i < now.runs().size(); i++) {
            HighlightRun run = now.runs().get(i);
            // A run's span in the area holds the line breaks inserted inside it.
            spans.add(styles.get(i), display.toShown(run.end()) - display.toShown(run.start()));
        }
        if (!now.runs().isEmpty()) {
            area.setStyleSpans(0, spans.create());
        }
    }

    public InlineCssTextArea leftArea() {
        return leftArea;
    }

    public InlineCssTextArea rightArea() {
        return rightArea;
    }
}
