package org.parallax.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.parallax.ui.common.DialogService;

/** The menu bar: File, Edit and Codebook, with mnemonics and accelerators. */
final class MainMenu {
    private final MainViewModel viewModel;
    private final DialogService dialogs;
    private final Menu recent = new Menu("_Recent projects");

    MainMenu(MainViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(file(), edit(), codebook());
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu file() {
        MenuItem create = item("_New project…", "Shortcut+N",
                () -> dialogs.chooseNewProject().ifPresent(viewModel::create));
        MenuItem open = item("_Open project…", "Shortcut+O",
                () -> dialogs.chooseProjectToOpen().ifPresent(viewModel::open));
        viewModel.recentProjects().addListener((ListChangeListener<String>) c -> fillRecent());
        fillRecent();
        MenuItem importFiles = item("_Import files…", "Shortcut+I",
                () -> viewModel.importer().importFiles(dialogs.chooseFilesToImport()));
        MenuItem passages = item("Export _passages CSV…", "Shortcut+E", () -> dialogs
                .chooseSaveFile("Export passages", "passages.csv", "csv")
                .ifPresent(out -> viewModel.exportPassagesCsv(out, () -> exported(out))));
        MenuItem table1 = item("Export _Table 1 CSV…", "Shortcut+Shift+E", () -> dialogs
                .chooseSaveFile("Export Table 1", "table1.csv", "csv")
                .ifPresent(out -> viewModel.exportTable1Csv(out, () -> exported(out))));
        MenuItem restore = item("Restore from _backup…", null, viewModel.backups()::chooseAndRestore);
        MenuItem close = item("_Close project", "Shortcut+W", viewModel::close);
        MenuItem quit = item("_Quit", "Shortcut+Q", Platform::exit);
        for (MenuItem needsProject : new MenuItem[] {importFiles, passages, table1, restore, close}) {
            needsProject.disableProperty().bind(viewModel.openProperty().not());
        }
        return new Menu("_File", null, create, open, recent, new SeparatorMenuItem(), importFiles, passages, table1,
                new SeparatorMenuItem(), restore, new SeparatorMenuItem(), close, quit);
    }

    private void exported(Path out) {
        viewModel.status().countsProperty().set("Exported " + out.getFileName());
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (String path : viewModel.recentProjects()) {
            MenuItem item = new MenuItem(path);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> viewModel.open(Path.of(path)));
            item.setDisable(!Files.isRegularFile(Path.of(path)));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private Menu edit() {
        UndoViewModel undo = viewModel.undo();
        MenuItem undoItem = item("_Undo", "Shortcut+Z", undo::undo);
        undoItem.textProperty().bind(undo.undoLabelProperty());
        undoItem.disableProperty().bind(undo.canUndoProperty().not());
        MenuItem redoItem = item("_Redo", "Shortcut+Shift+Z", undo::redo);
        redoItem.textProperty().bind(undo.redoLabelProperty());
        redoItem.disableProperty().bind(undo.canRedoProperty().not());
        CheckMenuItem snap = new CheckMenuItem("_Snap selection to whole words");
        snap.selectedProperty().bindBidirectional(viewModel.document().snapToWordsProperty());
        MenuItem coder = item("Switch _coder…", null, viewModel.coder()::switchCoder);
        CheckMenuItem blind = new CheckMenuItem("_Blind coding (see only my passages)");
        blind.selectedProperty().bindBidirectional(viewModel.coder().blindProperty());
        coder.disableProperty().bind(viewModel.openProperty().not());
        blind.disableProperty().bind(viewModel.openProperty().not());
        return new Menu("_Edit", null, undoItem, redoItem, new SeparatorMenuItem(), snap, new SeparatorMenuItem(),
                coder, blind);
    }

    private Menu codebook() {
        var vm = viewModel.codebook();
        Menu menu = new Menu("_Codebook", null,
                item("_Add code…", "Shortcut+Shift+A", vm::addCode),
                item("_Edit…", "F4", vm::edit),
                item("_Rename…", null, vm::rename),
                item("_Merge into…", null, vm::merge),
                item("M_ove to frame…", null, vm::moveToFrame),
                item("Coding _key…", null, vm::assignShortcut),
                item("_Delete code…", null, vm::delete),
                new SeparatorMenuItem(),
                item("Add _frame…", null, vm::addFrame),
                item("Add _scenario…", null, vm::addScenario));
        menu.disableProperty().bind(viewModel.openProperty().not());
        return menu;
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
