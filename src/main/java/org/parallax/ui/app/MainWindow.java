package org.parallax.ui.app;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.parallax.ui.analysis.AnalysisView;
import org.parallax.ui.assistant.AssistantView;
import org.parallax.ui.analysis.TimelineView;
import org.parallax.ui.backups.ProjectBanner;
import org.parallax.ui.codes.CodesView;
import org.parallax.ui.codes.CodesViewModel;
import org.parallax.ui.codebook.CodebookView;
import org.parallax.ui.coding.DocumentTextView;
import org.parallax.ui.coding.PassageMenu;
import org.parallax.ui.common.ColumnChoices;
import org.parallax.ui.common.DialogService;
import org.parallax.ui.common.FirstDownChoosesTheFirstRow;
import org.parallax.ui.common.FocusInView;
import org.parallax.ui.common.KeyboardContextMenus;
import org.parallax.ui.common.MenuMnemonicKeys;
import org.parallax.ui.common.WholeTabHeadings;
import org.parallax.ui.compare.CompareView;
import org.parallax.ui.compare.CompareViewModel;
import org.parallax.ui.practice.PracticeView;
import org.parallax.ui.practice.PracticeViewModel;
import org.parallax.ui.documents.DocumentsView;
import org.parallax.ui.documents.ImportBar;
import org.parallax.ui.documents.MetadataView;
import org.parallax.ui.exchange.ExchangeBar;
import org.parallax.ui.lens.GuideView;
import org.parallax.ui.lens.LensPane;
import org.parallax.ui.memos.MemoPane;
import org.parallax.ui.memos.MemosView;
import org.parallax.ui.passages.PassageRow;
import org.parallax.ui.passages.PassagesView;
import org.parallax.ui.search.SearchView;
import org.parallax.ui.table1.Table1View;
import org.parallax.ui.tracing.TracingView;

/**
 * Lays out the main window: the codebook over its guide in a full-height column on the right; left of it the
 * documents list beside the text, and the tabs (a document's details, passages, Table 1, …) below both.
 */
public final class MainWindow {
    private final MainViewModel viewModel;
    /**
     * Marks the divider positions of this layout in the settings; positions saved before it (four numbers, for the
     * documents column, list / details, reading / tabs, text | codebook) hold no such mark.
     */
    private static final double LAYOUT = 2;
    /** Wide enough for "Convergence of interests" under its frame, with its key cap and count (251 px cut it). */
    private static final double CODEBOOK_LEAST = 300;
    /** How long the place read stays put before it is written to the settings. */
    private static final Duration PLACE_SETTLES = Duration.seconds(1);
    private final SplitPane columns = new SplitPane();
    private final SplitPane work = new SplitPane();
    private final SplitPane reading = new SplitPane();
    private final SplitPane codebookAndGuide = new SplitPane();
    private final DocumentTextView text;
    private final Scene scene;
    private final TabPane tabs;
    private final Tab searchTab;
    /** Built when the Search tab first comes to the front (lazyTab). */
    private SearchView search;
    private final BackFromSearch backFromSearch;

    public MainWindow(MainViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        text = new DocumentTextView(viewModel.document(), dialogs);
        // Written a moment after the reading stops moving, not at every frame of a scroll (keepReadingPlace).
        PauseTransition placeSettled = new PauseTransition(PLACE_SETTLES);
        placeSettled.setOnFinished(e -> viewModel.keepReadingPlace());
        viewModel.document().firstShownProperty().addListener((o, was, now) -> placeSettled.playFromStart());
        DocumentsView documents = new DocumentsView(viewModel.documents());
        Consumer<PassageRow> opener = row -> viewModel.openPassage(
                row.segment().documentId(), row.segment().start(), row.segment().end());
        // Only the tab in front is built now; the others when first brought to the front (lazyTab).
        // The details are built now: cheap, and a document picked in the list shows its details there at once.
        // They scroll when the tabs are low; the tab sets its content's disable, which the form binds itself.
        MetadataView metadata = new MetadataView(viewModel.metadata());
        metadata.setMaxWidth(760);
        ScrollPane form = new ScrollPane(metadata);
        form.setFitToWidth(true);
        BorderPane detailsPane = new BorderPane(form);
        HBox saveBar = new HBox(8, metadata.saveButton(), metadata.unsavedMark());
        saveBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        saveBar.getStyleClass().add("metadata-save-bar");
        detailsPane.setBottom(saveBar);
        Tab details = new Tab("Details", detailsPane);
        details.setClosable(false);
        searchTab = lazyTab("Search",
                tab -> search = new SearchView(viewModel.search(), viewModel.autoCode(), dialogs));
        tabs = new TabPane(details,
                lazyTab("Passages", tab -> new PassagesView(viewModel.passages(), dialogs)),
                lazyTab("Table 1", tab -> new Table1View(viewModel.table1(), opener)),
                searchTab,
                shownWith(viewModel.analysis().shownProperty(),
                        lazyTab("Analysis", tab -> new AnalysisView(viewModel.analysis(), dialogs, opener))),
                shownWith(viewModel.timeline().shownProperty(), lazyTab("Timeline",
                        tab -> new TimelineView(viewModel.timeline(), viewModel.analysis().filter(), dialogs,
                                opener))),
                lazyTab("Codes", tab -> new CodesView(new CodesViewModel(viewModel.context(),
                        viewModel.exchange()::exportCounts), dialogs, opener)),
                compareTab(viewModel),
                lazyTab("Practice", tab -> new PracticeView(practice(viewModel), viewModel.coder().blindProperty())),
                lazyTab("Memo", tab -> new MemoPane(viewModel.memo(), viewModel.undo()::undo,
                        viewModel.undo()::redo)),
                shownWith(viewModel.memos().shownProperty(), lazyTab("Memos",
                        tab -> new MemosView(viewModel.memos(), viewModel.memo().documentIdProperty(), dialogs))),
                lazyTab("Process tracing", tab -> new TracingView(viewModel.tracing(), dialogs)),
                lazyTab("Assistant", tab -> new AssistantView(viewModel.assistant(), this::keyboardToTheText)));
        tabs.setId("bottomTabs");
        WholeTabHeadings.keep(tabs);
        focusTheQueryWhenSearchIsChosen();
        backFromSearch = new BackFromSearch(tabs, searchTab, viewModel);
        // Columns shown or hidden with a list's column menu (+) stay so across runs, in tabs built later too.
        ColumnChoices columnChoices = new ColumnChoices(() -> viewModel.settings().columns(), viewModel::columnShown);
        columnChoices.apply(documents);
        tabs.getTabs().forEach(tab -> tab.contentProperty().addListener((o, was, now) -> columnChoices.apply(now)));
        int tracingTab = tabs.getTabs().size() - 2;
        viewModel.tracing().setOnPassageChosen(p -> tabs.getSelectionModel().select(tracingTab));
        tabs.getSelectionModel().select(2); // Table 1
        CodebookView codebook = new CodebookView(viewModel.codebook(), viewModel::codeSelection);
        codebookAndGuide.getItems().addAll(codebook, new GuideView(viewModel.guide()));
        codebookAndGuide.setOrientation(Orientation.VERTICAL);
        codebookAndGuide.setId("codebookColumn");
        LensPane lens = new LensPane(viewModel.lens(), viewModel.splitLens(), text,
                new PassageMenu(viewModel.document(), dialogs));
        reading.getItems().addAll(documents, lens);
        work.setOrientation(Orientation.VERTICAL);
        work.getItems().addAll(reading, tabs);
        columns.getItems().addAll(work, codebookAndGuide);
        restoreDividers(viewModel.settings().dividers());
        keepTheCodebookReadableWhenNarrowed();

        BorderPane root = new BorderPane();
        // The start page covers the work area while no project is open; the panes stay in the scene.
        StartPage start = new StartPage(viewModel, new ProjectActions(viewModel, dialogs));
        start.visibleProperty().bind(viewModel.openProperty().not());
        columns.visibleProperty().bind(viewModel.openProperty());
        keyboardToTheDocumentsWhenOpened(documents, start);
        root.setCenter(new StackPane(columns, start));
        CoderBar coderBar = new CoderBar(viewModel.coder());
        root.setTop(new VBox(CoderBar.besideTheMenu(new MainMenu(viewModel, dialogs, this::find,
                this::stepToPassage).build(), coderBar), new ProjectBanner(viewModel.backups())));
        StatusBar statusBar = new StatusBar(viewModel.status(), viewModel.coder()::switchCoder);
        root.setBottom(new VBox(new ImportBar(viewModel.importer()), new ExchangeBar(viewModel.exchange()), statusBar));
        root.getStyleClass().add("parallax");
        scene = new Scene(root, viewModel.settings().width(), viewModel.settings().height());
        scene.getStylesheets().add(MainWindow.class.getResource("parallax.css").toExternalForm());
        // Before the coding keys' filter, which may itself say something on the status bar.
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> viewModel.status().userActed());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.getCode().isModifierKey()) {
                viewModel.status().userActed();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcutKey);
        KeyboardContextMenus.install(scene);
        FirstDownChoosesTheFirstRow.install(scene);
        AltMnemonics.install(scene);
        MnemonicsLeftEmpty.dropIn(scene);
        MenuMnemonicKeys.install();
        FocusInView.install(scene);
        new PaneCycle(List.of(new PaneCycle.Pane(coderBar, coderBar::firstStops),
                new PaneCycle.Pane(documents, documents.table()),
                new PaneCycle.Pane(lens, () -> lens.splitTexts().isEmpty() ? List.of(text.area()) : lens.splitTexts()),
                new PaneCycle.Pane(tabs, tabs), new PaneCycle.Pane(codebookAndGuide, codebook.tree()),
                new PaneCycle.Pane(statusBar, statusBar.coderLink()))).install(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN),
                viewModel.undo()::redo);
        acceptDroppedFiles(root);
    }

    /**
     * A project opened puts the keyboard in its documents list: the arrows choose a document, F6 goes on to its text;
     * closed, on the start page that takes its place.
     * JavaFX gave it to the first field of the window, the documents filter, whose blinking caret kept the window
     * drawing 60 times a second while the researcher read (two thirds of an idle window's CPU).
     */
    private void keyboardToTheDocumentsWhenOpened(DocumentsView documents, StartPage start) {
        viewModel.openProperty().addListener((o, was, open) -> {
            // After the layout pass that shows the panes: a node not yet shown does not take the focus.
            if (open) {
                Platform.runLater(() -> documents.table().requestFocus());
            } else {
                // Closed (Ctrl+W), the panes hide and JavaFX gave the keyboard to the next node it could, the status
                // bar's coder link, empty with no project: Enter or Space there did nothing a keyboard user could see.
                Platform.runLater(start::takeKeyboard);
            }
        });
    }

    /** The Compare tab; its comparison runs only while the tab is in front. */
    private static Tab compareTab(MainViewModel viewModel) {
        return lazyTab("Compare", tab -> {
            CompareViewModel compare = new CompareViewModel(viewModel.context());
            compare.setOpener(d -> viewModel.openPassage(d.documentId(), d.start(), d.end()));
            compare.activeProperty().bind(tab.selectedProperty());
            return new CompareView(compare);
        });
    }

    private static PracticeViewModel practice(MainViewModel viewModel) {
        PracticeViewModel practice = new PracticeViewModel(viewModel.context(),
                viewModel.documents().selectedProperty());
        practice.setOpener(r -> viewModel.openPassage(r.documentId(), r.start(), r.end()));
        return practice;
    }

    /** The tab, with its view model told whether it is in front (it reads the project only then). */
    private static Tab shownWith(BooleanProperty shown, Tab tab) {
        shown.bind(tab.selectedProperty());
        return tab;
    }

    /**
     * A tab whose content is built the first time it comes to the front. Building all twelve tabs' views at start
     * loaded some thousand classes (charts, tables, their view models' listeners) before the window could show,
     * for tabs most sessions never open; each view model exists from the start, so nothing is lost by waiting.
     */
    private static Tab lazyTab(String name, Function<Tab, javafx.scene.Node> content) {
        Tab tab = new Tab(name);
        tab.setClosable(false);
        tab.selectedProperty().addListener((observable, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.apply(tab));
            }
        });
        return tab;
    }

    /**
     * Edit → Next passage (F8) and Previous passage (Shift+F8): the passage is selected in the text, which takes the
     * keyboard, so Shift+F10 opens that passage's menu (memo, code, evidence) and the Memo tab's Passage is its memo.
     */
    private void stepToPassage(boolean forward) {
        if (viewModel.stepToPassage(forward)) {
            keyboardToTheText();
        }
    }

    /**
     * Edit → Find (Ctrl+F): the Search tab in front with the caret in its query box. A researcher's first try at
     * finding a word is Ctrl+F, as in every editor and QDA program; it did nothing, and the query typed next was lost.
     * Escape there goes back to where it was pressed (BackFromSearch).
     */
    private void find() {
        if (!viewModel.openProperty().get()) {
            return;
        }
        backFromSearch.remember(scene.getFocusOwner());
        tabs.getSelectionModel().select(searchTab);
        search.focusQuery();
    }

    /**
     * Choosing the Search tab by a click on its heading puts the caret in its query box as Ctrl+F does: the heading
     * kept the focus, so the words typed next went nowhere. Later than the tab pane's own focus request, which a click
     * on a heading makes after the tab is chosen. Walked to with the arrow keys the heading keeps the focus, so the
     * arrows go on to the tabs after it (they stopped at Search, moving the caret in its box instead); a letter typed
     * there goes into the query.
     */
    private void focusTheQueryWhenSearchIsChosen() {
        boolean[] onTheHeadings = new boolean[1];
        tabs.addEventFilter(KeyEvent.KEY_PRESSED, e -> onTheHeadings[0] = tabs.isFocused());
        tabs.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> onTheHeadings[0] = false);
        tabs.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            if (tabs.isFocused() && searchTab.isSelected() && !e.isShortcutDown() && !e.isAltDown()
                    && !typed.isBlank() && !Character.isISOControl(typed.charAt(0))) {
                search.typeIntoQuery(typed);
                e.consume();
            }
        });
        searchTab.selectedProperty().addListener((o, was, chosen) -> {
            boolean walked = onTheHeadings[0];
            onTheHeadings[0] = false;
            if (chosen && !walked) {
                Platform.runLater(() -> search.focusQuery());
            }
        });
    }

    /** Digits 1-9 code the selection with the code of that shortcut, unless the user is typing in a field. */
    private void shortcutKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || scene.getFocusOwner() instanceof TextInputControl) {
            return;
        }
        String name = e.getCode().getName();
        int digit = e.getCode().isDigitKey() ? name.charAt(name.length() - 1) - '0' : -1;
        if (digit >= 1 && digit <= 9 && viewModel.codeWithShortcut(digit)) {
            e.consume();
        }
    }

    private void acceptDroppedFiles(Parent root) {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && viewModel.openProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasFiles();
            if (done) {
                viewModel.importer().importFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /**
     * The codebook is a full-height column because a researcher codes from its tree all day: beside the text, over
     * the tabs, it showed five rows at 1280×800. Of positions saved before this layout only reading / tabs still
     * means what it meant; the others start at their defaults.
     */
    private void restoreDividers(List<Double> saved) {
        boolean current = saved.size() == 5 && saved.get(0) == LAYOUT;
        boolean before = saved.size() == 4;
        reading.setDividerPositions(current ? saved.get(1) : 0.35);
        columns.setDividerPositions(current ? saved.get(2) : 0.77);
        work.setDividerPositions(current ? saved.get(3) : before ? saved.get(2) : 0.58);
        codebookAndGuide.setDividerPositions(current ? saved.get(4) : 0.68);
    }

    /**
     * A window made narrower (by the user, or the first start's 1400 px window fitted to a smaller screen) shares the
     * loss equally between the work side and the codebook column (JavaFX's split pane does so), which shrank to about
     * 130 px at 1024×768: "Convergence of norms" and "Convergence of interests" both read "Converg…", counts cut. So
     * after the window narrows the codebook is given back {@link #CODEBOOK_LEAST} px (at most 30 % of the window), the
     * text giving way. Only on narrowing, so the window's first layout (from nothing to its size) and a wider window
     * keep the proportions the documents list and Table 1 are fitted to at 1280×800.
     */
    private void keepTheCodebookReadableWhenNarrowed() {
        columns.widthProperty().addListener((o, was, now) -> {
            if (was.doubleValue() <= 0 || now.doubleValue() >= was.doubleValue()) {
                return;
            }
            // After this layout pass, which shares the loss out: then the column's width is the one to correct.
            Platform.runLater(() -> {
                double width = columns.getWidth();
                double least = Math.min(CODEBOOK_LEAST, width * 0.3);
                if (width > 0 && codebookAndGuide.getWidth() < least - 1) {
                    double divider = columns.getWidth() - columns.getItems().get(0).getLayoutBounds().getWidth()
                            - codebookAndGuide.getWidth();
                    columns.setDividerPosition(0, Math.max(0, (width - least - divider) / width));
                }
            });
        });
    }

    /**
     * The divider positions to remember, after the layout's mark: documents | text, work | codebook, reading / tabs,
     * codebook / guide.
     */
    public List<Double> dividers() {
        List<Double> out = new ArrayList<>(List.of(LAYOUT));
        for (SplitPane pane : List.of(reading, columns, work, codebookAndGuide)) {
            out.add(pane.getDividerPositions()[0]);
        }
        return out;
    }

    public Scene scene() {
        return scene;
    }

    /** The keyboard to the open document's text, where its keys (coding, the suggestions') work. */
    private void keyboardToTheText() {
        if (text.area().isVisible()) {
            text.area().requestFocus();
        }
    }

    public DocumentTextView text() {
        return text;
    }
}
