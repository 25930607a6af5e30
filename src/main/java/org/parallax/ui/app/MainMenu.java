package org.parallax.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.parallax.ui.common.DialogService;
import org.parallax.ui.common.MenuText;
import org.parallax.ui.exchange.ExchangeViewModel;
import org.parallax.ui.help.HelpWindow;
import org.parallax.ui.reports.ReportViewModel;
import org.parallax.ui.reports.ReportWindow;

/** The menu bar: File, Edit, Codebook and Help, with mnemonics and accelerators. */
final class MainMenu {
    /** Stands for the open project's name in suggested file names. */
    private static final String PROJECT_NAME = "{project}";

    private final MainViewModel viewModel;
    private final DialogService dialogs;
    private final ProjectActions projects;
    private final Runnable find;
    private final Consumer<Boolean> stepToPassage;
    private final Menu recent = new Menu("_Recent projects");
    private MenuBar bar;

    /**
     * {@code find} brings the Search tab to the front with the caret in its query box (Edit → Find, Ctrl+F);
     * {@code stepToPassage} selects the next (true) or previous passage of the open document (F8, Shift+F8).
     */
    MainMenu(MainViewModel viewModel, DialogService dialogs, Runnable find, Consumer<Boolean> stepToPassage) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.find = find;
        this.stepToPassage = stepToPassage;
        this.projects = new ProjectActions(viewModel, dialogs);
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(file(), edit(), codebook(), help());
        bar.setUseSystemMenuBar(true);
        this.bar = bar;
        return bar;
    }

    private Menu file() {
        MenuItem create = item("_New project…", "Shortcut+N", projects::newProject);
        MenuItem open = item("_Open project…", "Shortcut+O", projects::openProject);
        MenuItem team = item("Open _team project…", null, projects::openTeamProject);
        MenuItem sample = item("Open the _sample", null, projects::openSample);
        viewModel.recentProjects().addListener((ListChangeListener<String>) c -> fillRecent());
        viewModel.recentGone().addListener((SetChangeListener<String>) c -> fillRecent());
        fillRecent();
        ExchangeViewModel exchange = viewModel.exchange();
        Menu importMenu = new Menu("_Import", null,
                item("_Documents…", "Shortcut+I",
                        () -> viewModel.importer().importFiles(dialogs.chooseFilesToImport())),
                item("Documents of a _folder…", null, () -> dialogs.chooseFolderToImport()
                        .ifPresent(folder -> viewModel.importer().importFiles(List.of(folder)))),
                item("REFI-QDA _project (.qdpx)…", null, () -> dialogs.chooseFileToOpen(
                        "Import REFI-QDA project", "REFI-QDA projects", List.of("qdpx"))
                        .ifPresent(exchange::importExchangeFile)),
                item("REFI-QDA _codebook (.qdc)…", null, () -> dialogs.chooseFileToOpen(
                        "Import REFI-QDA codebook", "REFI-QDA codebooks", List.of("qdc"))
                        .ifPresent(exchange::importExchangeFile)),
                item("Codebook (_JSON)…", null, () -> dialogs.chooseFileToOpen(
                        "Import codebook", "Codebook JSON", List.of("json"))
                        .ifPresent(exchange::importCodebookJson)),
                item("Codebook (JSON), _replacing the project's values…", null, () -> dialogs.chooseFileToOpen(
                        "Import codebook, replacing values", "Codebook JSON", List.of("json"))
                        .ifPresent(exchange::importCodebookJsonReplacing)),
                item("_Taguette highlights (.csv, .xlsx)…", null, () -> dialogs.chooseFileToOpen(
                        "Import Taguette highlights", "Taguette highlights sheets", List.of("csv", "xlsx"))
                        .ifPresent(exchange::importTaguetteHighlights)));
        CheckMenuItem pseudonymiseAll = new CheckMenuItem("Pse_udonymise every export");
        pseudonymiseAll.setOnAction(e -> exchange.pseudonymiseEveryExport(pseudonymiseAll.isSelected()));
        pseudonymiseAll.setSelected(exchange.pseudonymiseEveryExportProperty().get());
        exchange.pseudonymiseEveryExportProperty().addListener((o, was, on) -> pseudonymiseAll.setSelected(on));
        CheckMenuItem pseudonymiseCoders = new CheckMenuItem("Pseudonymise c_oders (Coder 1, Coder 2, …)");
        pseudonymiseCoders.selectedProperty().bindBidirectional(viewModel.coder().pseudonymiseCodersProperty());
        // The exports first: a newcomer opening Export took the ticks, when they came first, for exports.
        Menu exportMenu = new Menu("_Export", null,
                save("_Passages CSV…", "Shortcut+E", "Export passages", "passages.csv", exchange::exportPassagesCsv),
                save("_Table 1 CSV…", "Shortcut+Shift+E", "Export Table 1", "table1.csv", exchange::exportTable1Csv),
                save("Passages to E_xcel (.xlsx)…", null, "Export passages to Excel", "passages.xlsx",
                        exchange::exportPassagesXlsx),
                save("Table 1 to Exce_l (.xlsx)…", null, "Export Table 1 to Excel", "table1.xlsx",
                        exchange::exportTable1Xlsx),
                save("Excel wor_kbook of every view (.xlsx)…", null, "Export Excel workbook", PROJECT_NAME + ".xlsx",
                        exchange::exportWorkbook),
                item("Report (_Word or HTML)…", "Shortcut+R", () -> ReportWindow.show(
                        new ReportViewModel(viewModel.context(), exchange.pseudonymiseEveryExportProperty()), dialogs, bar.getScene().getWindow())),
                new SeparatorMenuItem(),
                save("REFI-QDA p_roject (.qdpx)…", null, "Export REFI-QDA project", PROJECT_NAME + ".qdpx",
                        out -> exchange.exportQdpx(out, false)),
                save("REFI-QDA project, ps_eudonymised (.qdpx)…", null, "Export pseudonymised REFI-QDA project",
                        PROJECT_NAME + "-pseudonymised.qdpx", out -> exchange.exportQdpx(out, true)),
                save("Passages CSV, pseudonymise_d…", null, "Export pseudonymised passages",
                        "passages-pseudonymised.csv", exchange::exportPassagesCsvPseudonymised),
                save("Excel workbook, pseudon_ymised (.xlsx)…", null, "Export pseudonymised Excel workbook",
                        PROJECT_NAME + "-pseudonymised.xlsx", exchange::exportWorkbookPseudonymised),
                new SeparatorMenuItem(),
                save("REFI-QDA _codebook (.qdc)…", null, "Export REFI-QDA codebook", "codebook.qdc",
                        exchange::exportQdc),
                save("Codebook (_JSON)…", null, "Export codebook", "codebook.json", exchange::exportCodebookJson),
                save("Codebook _handout (HTML)…", null, "Export codebook handout", "handout.html",
                        exchange::exportHandout),
                new SeparatorMenuItem(),
                save("_Memos (CSV)…", null, "Export memos", "memos.csv", exchange::exportMemos),
                new SeparatorMenuItem(), pseudonymiseAll, pseudonymiseCoders);
        MenuItem merge = item("_Merge another coder's project…", null, () -> dialogs.chooseFileToOpen(
                "Merge another coder's project", "Parallax projects and REFI-QDA projects",
                List.of("parallax", "qdpx")).ifPresent(exchange::merge));
        MenuItem secondCoder = save("Cop_y for a second coder…", null, "Copy for a second coder",
                PROJECT_NAME + "-second-coder.parallax", exchange::copyForASecondCoder);
        MenuItem saveAll = item("Sa_ve", "Shortcut+S", viewModel::save);
        MenuItem backUp = item("Back _up now", null, viewModel.backups()::backUpNow);
        MenuItem restore = item("Restore from _backup…", null, viewModel.backups()::chooseAndRestore);
        MenuItem close = item("_Close project", "Shortcut+W", viewModel::close);
        MenuItem quit = item("_Quit", "Shortcut+Q", Platform::exit);
        for (MenuItem needsProject : new MenuItem[] {importMenu, exportMenu, merge, secondCoder}) {
            needsProject.disableProperty().bind(viewModel.openProperty().not()
                    .or(exchange.runningProperty()).or(viewModel.importer().runningProperty()));
        }
        saveAll.disableProperty().bind(viewModel.openProperty().not());
        backUp.disableProperty().bind(viewModel.openProperty().not());
        restore.disableProperty().bind(viewModel.openProperty().not());
        close.disableProperty().bind(viewModel.openProperty().not());
        sample.disableProperty().bind(viewModel.sampleUnavailableProperty().isNotEmpty());
        Menu file = new Menu("_File", null, create, open, team, recent, sample, new SeparatorMenuItem(), importMenu,
                exportMenu, merge, secondCoder, new SeparatorMenuItem(), saveAll, backUp, restore, new SeparatorMenuItem(), close, quit);
        // Another window may have opened a project since: its settings are read again as the menu opens.
        file.setOnShowing(e -> viewModel.refreshRecent());
        return file;
    }

    /** A save action; {@code suggested} may name the project, so it is read when the item is chosen. */
    private MenuItem save(String text, String accelerator, String title, String suggested, Consumer<Path> export) {
        String extension = suggested.substring(suggested.lastIndexOf('.') + 1);
        return item(text, accelerator, () -> dialogs.chooseSaveFile(title,
                suggested.replace(PROJECT_NAME, viewModel.projectName()), extension).ifPresent(export));
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (String path : viewModel.recentProjects()) {
            MenuItem item = MenuText.numbered(recent.getItems().size() + 1, path);
            item.setOnAction(e -> viewModel.openRecent(path));
            item.setDisable(viewModel.recentGone().contains(path));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private Menu edit() {
        UndoViewModel undo = viewModel.undo();
        MenuItem undoItem = item("_Undo", "Shortcut+Z", undo::undo);
        // The label names the step ("Undo Code passage with Elite_cohesion"): the name shows as it is, the key stays U.
        MenuText.keyed(undoItem, 'U').textProperty().bind(undo.undoLabelProperty());
        undoItem.disableProperty().bind(undo.canUndoProperty().not());
        MenuItem redoItem = item("_Redo", "Shortcut+Shift+Z", undo::redo);
        MenuText.keyed(redoItem, 'R').textProperty().bind(undo.redoLabelProperty());
        redoItem.disableProperty().bind(undo.canRedoProperty().not());
        MenuItem findItem = item("_Find in the project…", "Shortcut+F", find);
        findItem.disableProperty().bind(viewModel.openProperty().not());
        MenuItem next = item("_Next passage", "F8", () -> stepToPassage.accept(true));
        MenuItem previous = item("_Previous passage", "Shift+F8", () -> stepToPassage.accept(false));
        next.disableProperty().bind(viewModel.openProperty().not());
        previous.disableProperty().bind(viewModel.openProperty().not());
        CheckMenuItem snap = new CheckMenuItem("_Snap selection to whole words");
        snap.selectedProperty().bindBidirectional(viewModel.document().snapToWordsProperty());
        MenuItem coder = item("Switch _coder…", null, viewModel.coder()::switchCoder);
        MenuItem renameCoder = item("Rename c_oder…", null, viewModel.coder()::renameCoder);
        renameCoder.disableProperty().bind(viewModel.openProperty().not());
        CheckMenuItem blind = new CheckMenuItem("_Blind coding (see only my passages)");
        blind.selectedProperty().bindBidirectional(viewModel.coder().blindProperty());
        coder.disableProperty().bind(viewModel.openProperty().not());
        blind.disableProperty().bind(viewModel.openProperty().not());
        // Also the documents list's context menu and its Delete key; the list selects several with Ctrl/Shift+click.
        MenuItem remove = item("Re_move selected documents…", null, viewModel.documents()::removeChosen);
        remove.disableProperty().bind(viewModel.openProperty().not());
        return new Menu("_Edit", null, undoItem, redoItem, new SeparatorMenuItem(), findItem, new SeparatorMenuItem(),
                next, previous, new SeparatorMenuItem(), snap, new SeparatorMenuItem(), coder, renameCoder, blind, new SeparatorMenuItem(), remove);
    }

    private Menu codebook() {
        var vm = viewModel.codebook();
        MenuItem[] onAnEntry = {item("_Edit…", "F4", vm::edit), item("_Rename…", null, vm::rename),
            item("_Merge into…", null, vm::merge), item("M_ove to frame…", null, vm::moveToFrame),
            item("Coding _key…", null, vm::assignShortcut), item("_Delete…", null, vm::delete)};
        for (MenuItem needsEntry : onAnEntry) {
            // Greyed out until an entry is selected; one of the wrong kind (a frame for Rename) is told what to select
            // instead.
            needsEntry.disableProperty().bind(vm.selectedProperty().isNull());
        }
        Menu menu = new Menu("_Codebook", null, item("_Add code…", "Shortcut+Shift+A", vm::addCode));
        menu.getItems().addAll(onAnEntry);
        menu.getItems().addAll(new SeparatorMenuItem(),
                item("Add _frame…", null, vm::addFrame),
                item("Add _scenario…", null, vm::addScenario));
        menu.disableProperty().bind(viewModel.openProperty().not());
        return menu;
    }

    private Menu help() {
        MenuItem shortcuts = item("_Keyboard shortcuts", "F1", () -> dialogs.showInformation("Keyboard shortcuts",
                KeyboardShortcuts.describe(bar)));
        MenuItem documentation = item("_Documentation", null, () -> HelpWindow.show(bar.getScene().getWindow()));
        MenuItem about = item("_About Parallax", null, () -> dialogs.showInformation("About Parallax",
                viewModel.about()));
        return new Menu("_Help", null, shortcuts, documentation, new SeparatorMenuItem(), about);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
