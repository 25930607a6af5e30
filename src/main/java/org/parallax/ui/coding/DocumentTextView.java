package org.parallax.ui.coding;

import java.time.Duration;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.parallax.model.Segment;
import org.parallax.ui.common.DialogService;
import org.parallax.ui.common.KeyboardContextMenus;

/** The document text, read-only and virtualised, with coded passages highlighted in their codes' colours. */
public final class DocumentTextView extends BorderPane {
    private static final String SEARCH_HIT =
            " -rtfx-border-stroke-color: #d84315; -rtfx-border-stroke-width: 1.5; -fx-font-weight: bold;";
    /** A suggestion is a faint dashed underline; the current one, which the keys act on, a solid one. */
    private static final String SUGGESTED =
            " -rtfx-underline-color: #9575cd; -rtfx-underline-width: 1; -rtfx-underline-dash-array: 3 3;";
    private static final String CURRENT_SUGGESTION =
            " -rtfx-underline-color: #5e35b1; -rtfx-underline-width: 2.5;";
    private final DocumentViewModel viewModel;
    private final PassageMenu menu;
    /** Copies the stored text: the area shows long paragraphs broken into lines ({@link DisplayLines}). */
    private final InlineCssTextArea area = new InlineCssTextArea() {
        @Override
        public void copy() {
            if (getSelection().getLength() > 0) {
                ClipboardContent content = new ClipboardContent();
                content.putString(selectedStoredText());
                Clipboard.getSystemClipboard().setContent(content);
            }
        }
    };
    private final Label title = new Label("Select a document to read and code it");
    private final Popup hover = new Popup();
    private final Label hoverLabel = new Label();
    private final Label suggestionHint = new Label();
    /**
     * The document was opened at a passage (from a list, a search): its suggestions, found after, leave the passage in
     * view rather than scroll to the first of them.
     */
    private boolean revealedBeforeSuggestions;
    /** A new text is being shown, until the UI thread's next turn: a passage revealed now is what it was opened at. */
    private boolean opening;

    public DocumentTextView(DocumentViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        this.menu = new PassageMenu(viewModel, dialogs);
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("document-text");
        area.setId("documentText");
        title.setId("documentTitle");
        title.getStyleClass().add("pane-title");
        title.setLabelFor(area);
        hoverLabel.getStyleClass().add("hover-codes");
        hover.getContent().add(hoverLabel);
        setTop(title);
        setCenter(new VirtualizedScrollPane<>(area));
        suggestionHint.setId("suggestionHint");
        suggestionHint.getStyleClass().add("suggestion-hint");
        suggestionHint.setWrapText(true);
        suggestionHint.managedProperty().bind(suggestionHint.visibleProperty());
        suggestionHint.setVisible(false);
        setBottom(suggestionHint);
        viewModel.suggestionMarksProperty().addListener((o, was, now) -> remarkSuggestions(was));
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::suggestionKey);
        // RichTextFX takes Tab and Shift+Tab even from a read-only area (editable, they would insert a tab), so a
        // keyboard user who tabbed into the text could not leave it. Ignored here, they reach the scene's traversal.
        Nodes.addInputMap(area, InputMap.ignore(EventPattern.keyPressed(KeyCode.TAB, KeyCombination.SHIFT_ANY)));
        // Read-only, RichTextFX hides the caret: a keyboard user saw no place where Shift+arrows would start selecting.
        area.focusedProperty().addListener((o, was, focused) -> area.getCaretSelectionBind().getUnderlyingCaret()
                .setShowCaret(focused ? Caret.CaretVisibility.ON : Caret.CaretVisibility.AUTO));
        viewModel.documentProperty().addListener((o, was, now) -> show(was, now));
        area.selectionProperty().addListener((o, was, now) ->
                viewModel.selectionProperty().set(new TextRange(stored(now.getStart()), stored(now.getEnd()))));
        viewModel.revealProperty().addListener((o, was, now) -> reveal(now));
        new ReadingPlace(area, viewModel);
        viewModel.searchMarksProperty().addListener((o, was, now) -> remark(was));
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> showHover(e.getCharacterIndex(),
                e.getScreenPosition()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
        area.setOnContextMenuRequested(this::showContextMenu);
        KeyboardContextMenus.placeAt(area, () -> area.getCaretBounds().or(area::getSelectionBounds));
        dragSelectionOntoCodes();
    }

    /**
     * Pressing inside the selection and dragging starts a drag-and-drop of exactly that selection, which a
     * code in the codebook tree accepts. The text area only does this when it is editable; read-only, a press
     * would move the caret and the drag would select (and code) a new, accidental fragment. So a primary
     * press inside the selection is taken here: the selection stays, a drag carries it, and a press released
     * without dragging places the caret as a click does.
     */
    private void dragSelectionOntoCodes() {
        boolean[] pressedInSelection = new boolean[1];
        boolean[] dragging = new boolean[1];
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            pressedInSelection[0] = false;
            dragging[0] = false;
            if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 1 || e.isShiftDown()) {
                return;
            }
            int index = area.hit(e.getX(), e.getY()).getCharacterIndex().orElse(-1);
            IndexRange selected = area.getSelection();
            if (selected.getLength() > 0 && index >= selected.getStart() && index < selected.getEnd()) {
                pressedInSelection[0] = true;
                area.requestFocus();
                e.consume();
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pressedInSelection[0]) {
                e.consume();
            }
        });
        area.addEventFilter(MouseEvent.DRAG_DETECTED, e -> {
            if (pressedInSelection[0]) {
                dragging[0] = true;
                Dragboard board = area.startDragAndDrop(TransferMode.LINK);
                ClipboardContent content = new ClipboardContent();
                content.putString(selectedStoredText());
                board.setContent(content);
                e.consume();
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (pressedInSelection[0]) {
                pressedInSelection[0] = false;
                if (!dragging[0]) {
                    area.moveTo(area.hit(e.getX(), e.getY()).getInsertionIndex());
                }
                e.consume();
            }
        });
        area.setOnDragDone(e -> pressedInSelection[0] = false);
    }

    /** The selection as stored: the area shows long paragraphs broken into lines ({@link DisplayLines}). */
    private String selectedStoredText() {
        OpenDocument doc = viewModel.documentProperty().get();
        IndexRange selected = area.getSelection();
        if (doc == null) {
            return area.getSelectedText();
        }
        return doc.display().storedBetween(selected.getStart(), selected.getEnd());
    }

    /** Where a stored offset of the open document is in the area. */
    private int shown(int storedOffset) {
        OpenDocument doc = viewModel.documentProperty().get();
        return doc == null ? storedOffset : doc.display().toShown(storedOffset);
    }

    /** The stored offset of a place in the area. */
    private int stored(int shownOffset) {
        OpenDocument doc = viewModel.documentProperty().get();
        return doc == null ? shownOffset : doc.display().toStored(shownOffset);
    }

    private int storedLength() {
        OpenDocument doc = viewModel.documentProperty().get();
        return doc == null ? area.getLength() : doc.text().length();
    }

    public InlineCssTextArea area() {
        return area;
    }

    private void show(OpenDocument before, OpenDocument now) {
        if (now == null) {
            area.clear();
            title.setText("Select a document to read and code it");
            return;
        }
        boolean sameText = before != null && before.id() == now.id() && before.text().equals(now.text());
        if (!sameText) {
            area.replaceText(now.display().shown());
            area.moveTo(0);
            area.showParagraphAtTop(0);
        }
        // Set on every re-read, not only with a new text: a title saved in the Details tab kept the old heading.
        title.setText(now.title());
        TextRange changed = sameText ? now.changedSince(before) : new TextRange(0, now.text().length());
        restyle(now, changed);
        markHits(now, changed);
        markSuggestions(now, changed);
        if (!sameText) {
            revealedBeforeSuggestions = false;
            opening = true;
            Platform.runLater(() -> opening = false);
            showCurrentSuggestion();
        }
    }

    /** A/Enter accepts, R rejects, N/Tab moves to the next suggestion, when the open document has suggestions. */
    private void suggestionKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
            return;
        }
        SuggestionKeys.Action action = switch (e.getCode()) {
            case A, ENTER -> SuggestionKeys.Action.ACCEPT;
            case R -> SuggestionKeys.Action.REJECT;
            case N, TAB -> SuggestionKeys.Action.NEXT;
            default -> null;
        };
        if (action != null && viewModel.suggestionKey(action)) {
            e.consume();
            showCurrentSuggestion();
        }
    }

    /**
     * Scrolls the suggestion the keys now act on into view: "Suggestion 2 of 41" with nothing marked on the screen
     * left the researcher to hunt for it, or to accept a passage they had not read.
     */
    private void showCurrentSuggestion() {
        SuggestionMarks marks = viewModel.suggestionMarksProperty().get();
        OpenDocument doc = viewModel.documentProperty().get();
        if (doc == null || marks.documentId() != doc.id() || marks.current() < 0
                || marks.current() >= marks.ranges().size()) {
            return;
        }
        TextRange current = clip(marks.ranges().get(marks.current()));
        area.showParagraphInViewport(area.offsetToPosition(shown(current.start()), Bias.Forward).getMajor());
    }

    /** Clears the previous suggestions' marks and marks the current ones, over the passage styles. */
    private void remarkSuggestions(SuggestionMarks before) {
        OpenDocument doc = viewModel.documentProperty().get();
        SuggestionMarks now = viewModel.suggestionMarksProperty().get();
        suggestionHint.setText(now.hint());
        suggestionHint.setVisible(!now.hint().isEmpty());
        if (doc == null) {
            return;
        }
        if (before.documentId() == doc.id()) {
            for (TextRange r : before.ranges()) {
                TextRange clipped = clip(r);
                restyle(doc, clipped);
                markHits(doc, clipped);
            }
        }
        markSuggestions(doc, new TextRange(0, storedLength()));
        if ((before.documentId() != doc.id() || before.isEmpty()) && !revealedBeforeSuggestions) {
            // Suggestions just shown on this document: the first may lie screens below what is read, none marked.
            showCurrentSuggestion();
        }
        if (now.documentId() == doc.id() && !now.isEmpty()) {
            revealedBeforeSuggestions = false;
        }
    }

    private void markSuggestions(OpenDocument doc, TextRange range) {
        SuggestionMarks marks = viewModel.suggestionMarksProperty().get();
        if (marks.documentId() != doc.id()) {
            return;
        }
        for (int i = 0; i < marks.ranges().size(); i++) {
            TextRange mark = marks.ranges().get(i);
            TextRange r = clip(new TextRange(Math.max(mark.start(), range.start()), Math.min(mark.end(), range.end())));
            if (r.start() < r.end()) {
                String extra = i == marks.current() ? CURRENT_SUGGESTION : SUGGESTED;
                int from = shown(r.start());
                area.setStyleSpans(from, area.getStyleSpans(from, shown(r.end())).mapStyles(st -> st + extra));
            }
        }
    }

    /** Clears the marks of the previous search and marks the current hits; passage highlights stay. */
    private void remark(SearchMarks before) {
        OpenDocument doc = viewModel.documentProperty().get();
        if (doc == null) {
            return;
        }
        if (before.documentId() == doc.id()) {
            before.ranges().forEach(r -> restyle(doc, clip(r)));
        }
        markHits(doc, new TextRange(0, storedLength()));
        markSuggestions(doc, new TextRange(0, storedLength()));
    }

    /** Adds the search-hit style on top of the passage styles of every hit inside {@code range}. */
    private void markHits(OpenDocument doc, TextRange range) {
        SearchMarks marks = viewModel.searchMarksProperty().get();
        if (marks.documentId() != doc.id()) {
            return;
        }
        for (TextRange hit : marks.ranges()) {
            TextRange r = clip(new TextRange(Math.max(hit.start(), range.start()), Math.min(hit.end(), range.end())));
            if (r.start() < r.end()) {
                int from = shown(r.start());
                area.setStyleSpans(from, area.getStyleSpans(from, shown(r.end())).mapStyles(s -> s + SEARCH_HIT));
            }
        }
    }

    /** {@code r} (stored offsets) inside the open document's stored text. */
    private TextRange clip(TextRange r) {
        int end = Math.min(r.end(), storedLength());
        return new TextRange(Math.min(r.start(), end), end);
    }

    /**
     * Restyles only {@code range} (stored offsets): after coding one passage, restyling a whole 1 MB text would
     * stall the UI. A run's span in the area holds the breaks inserted inside it.
     */
    private void restyle(OpenDocument doc, TextRange range) {
        if (range.isEmpty()) {
            return;
        }
        List<String> styles = doc.runStyles(range);
        StyleSpansBuilder<String> spans = new StyleSpansBuilder<>();
        int next = 0;
        for (HighlightRun run : doc.runs()) {
            if (OpenDocument.overlaps(run, range)) {
                int from = Math.max(run.start(), range.start());
                int to = Math.min(run.end(), range.end());
                spans.add(styles.get(next++), shown(to) - shown(from));
            }
        }
        area.setStyleSpans(shown(range.start()), spans.create());
    }

    private void reveal(TextRange range) {
        if (range == null || range.end() > storedLength()) {
            return;
        }
        if (range.isEmpty()) {
            area.moveTo(shown(range.start()));
            return;
        }
        revealedBeforeSuggestions = opening;
        area.selectRange(shown(range.start()), shown(range.end()));
        // Centre the passage's paragraph so it is read in context; again after layout when the text is new.
        int paragraph = area.offsetToPosition(shown(range.start()), Bias.Forward).getMajor();
        area.showParagraphAtCenter(paragraph);
        Platform.runLater(() -> area.showParagraphAtCenter(paragraph));
    }

    private void showHover(int index, Point2D at) {
        List<String> names = viewModel.codeNamesAt(stored(index));
        if (names.isEmpty()) {
            return;
        }
        hoverLabel.setText(String.join("\n", names));
        hover.show(area, at.getX() + 12, at.getY() + 12);
    }

    /** The passages at the place clicked (or at the caret, from the keyboard) and the selection: {@link PassageMenu}. */
    private void showContextMenu(ContextMenuEvent event) {
        List<Segment> passages = event.isKeyboardTrigger() ? passagesAtTheCaret() : passagesAt(
                area.hit(event.getX(), event.getY()).getCharacterIndex().orElse(-1));
        menu.of(passages, viewModel.selectionProperty().get()).ifPresent(shown -> {
            shown.show(area, event.getScreenX(), event.getScreenY());
            event.consume();
        });
    }

    private List<Segment> passagesAt(int shownIndex) {
        return shownIndex < 0 ? List.of() : viewModel.passagesAt(stored(shownIndex));
    }

    /**
     * The passages a keyboard request acts on: those at the selection's first character, or without a selection
     * at the caret's; a caret just after a passage's last character (End, or arrows to a word's end) acts on it.
     */
    private List<Segment> passagesAtTheCaret() {
        IndexRange selected = area.getSelection();
        if (selected.getLength() > 0) {
            return passagesAt(selected.getStart());
        }
        List<Segment> here = passagesAt(area.getCaretPosition());
        return here.isEmpty() ? passagesAt(area.getCaretPosition() - 1) : here;
    }
}
