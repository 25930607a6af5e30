package org.parallax.ui.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.parallax.ui.common.DialogService;
import org.parallax.ui.common.SavedFileKinds;
import org.parallax.ui.common.TeamProjectRequest;
import org.parallax.workbench.AppFolders;

/** Dialogs as JavaFX alerts and native file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {
    private static final String PROJECT_EXTENSION = "*.parallax";
    /** The width of a question's dialog: a long prompt wraps to it, a short one leaves room to type. */
    private static final double PROMPT_WIDTH = 520;

    private final Window owner;
    /** Where choosers start and what they remember; until the window's state exists, the home folder. */
    private MainViewModel folders;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    /** File choosers start in {@code main}'s remembered folder and remember the folder of what is chosen. */
    void rememberFoldersIn(MainViewModel main) {
        this.folders = main;
    }

    /** A chooser starting in the remembered folder (else the documents folder), never the working folder. */
    private FileChooser chooser(String title) {
        return chooser(title, folders == null ? AppFolders.home() : folders.chooserFolder());
    }

    /**
     * A chooser starting in {@code folder}, which was found to be a folder in the background: asking the file system
     * here, on the JavaFX thread, would freeze the window while a network drive does not answer.
     */
    private static FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(folder.toFile());
        return chooser;
    }

    /** Every native chooser's answer passes here: the project retakes the file locks its listing may have dropped. */
    /**
     * The chooser's answer, the memo being typed saved first, as the pause in typing would have: the system's chooser
     * holds the JavaFX thread, so that pause did not pass while it was open, and a signal then closed the project
     * without the words typed just before (a key, then Ctrl+O at once).
     */
    private <T> T opened(Supplier<T> show) {
        if (folders != null) {
            folders.memo().flush();
        }
        return NativeChooser.shown(show);
    }

    private <T> T closed(T answer) {
        if (folders != null) {
            folders.fileChooserClosed();
        }
        return answer;
    }

    private Optional<Path> remembered(File chosen) {
        Optional<Path> path = Optional.ofNullable(chosen).map(File::toPath);
        path.ifPresent(this::remember);
        return path;
    }

    private void remember(Path chosen) {
        if (folders != null) {
            folders.chooserUsed(chosen);
        }
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInformation(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        if (message.lines().count() > 6) {
            TextArea text = new TextArea(message);
            text.setEditable(false);
            text.setWrapText(true);
            alert.getDialogPane().setContent(text);
        } else {
            alert.setContentText(message);
        }
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        // Every question here comes before something is deleted, replaced or done at scale: Enter pressed out of
        // habit keeps things as they are, and going ahead takes a click on OK (or Tab to it).
        ((Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        promptAbove(dialog, prompt, dialog.getEditor());
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> askMemo(String title, String prompt, String initial) {
        return MemoDialog.ask(owner, title, prompt, initial);
    }

    @Override
    public <T> Optional<T> choose(String title, String prompt, List<T> options, T preselected) {
        return options.isEmpty() ? Optional.empty() : choiceDialog(title, prompt, options, preselected).showAndWait();
    }

    @Override
    public <T> Optional<T> chooseToReplace(String title, String prompt, List<T> options, T preselected) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<T> dialog = choiceDialog(title, prompt, options, preselected);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return dialog.showAndWait();
    }

    private <T> ChoiceDialog<T> choiceDialog(String title, String prompt, List<T> options, T preselected) {
        ChoiceDialog<T> dialog = new ChoiceDialog<>(preselected, options);
        if (preselected == null) {
            // ChoiceDialog chooses the first option when given none; the caller asked for nothing chosen.
            dialog.setSelectedItem(null);
        }
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(dialog.selectedItemProperty().isNull());
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        promptAbove(dialog, prompt, dialog.getDialogPane().lookup(".combo-box"));
        return dialog;
    }

    /**
     * The prompt wraps above its field at a reading width. Beside the field, as JavaFX lays it out, a long prompt (the
     * pseudonymised export's, Switch coder's list of coders) stayed one line and made the dialog wider than the
     * screen, its field and OK off the edge.
     */
    private static void promptAbove(Dialog<?> dialog, String prompt, Node field) {
        Label label = new Label(prompt);
        label.setWrapText(true);
        VBox content = new VBox(8, label, field);
        content.setFillWidth(true);
        ((Region) field).setMaxWidth(Double.MAX_VALUE);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(PROMPT_WIDTH);
    }

    @Override
    public <T> Optional<List<T>> chooseSeveral(String title, String prompt, List<T> options, String action) {
        return TickedChoices.ask(owner, title, prompt, options, action);
    }

    @Override
    public Optional<Path> chooseFolderToImport() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import the documents of a folder");
        chooser.setInitialDirectory((folders == null ? AppFolders.home() : folders.chooserFolder()).toFile());
        return remembered(closed(opened(() -> chooser.showDialog(owner))));
    }

    @Override
    public List<Path> chooseFilesToImport() {
        FileChooser chooser = chooser("Import documents");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Documents", "*.txt", "*.md", "*.html", "*.htm", "*.pdf", "*.docx", "*.odt", "*.rtf"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = closed(opened(() -> chooser.showOpenMultipleDialog(owner)));
        List<Path> paths = files == null ? List.of() : files.stream().map(File::toPath).toList();
        if (!paths.isEmpty()) {
            remember(paths.get(0));
        }
        return paths;
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        FileChooser chooser = chooser("Open project");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Parallax and REFI-QDA projects", PROJECT_EXTENSION, "*.qdpx"),
                new FileChooser.ExtensionFilter("Parallax projects", PROJECT_EXTENSION),
                new FileChooser.ExtensionFilter("REFI-QDA projects (QualCoder, NVivo, ATLAS.ti, MAXQDA)", "*.qdpx"));
        return remembered(closed(opened(() -> chooser.showOpenDialog(owner))));
    }

    @Override
    public Optional<Path> chooseNewProject() {
        FileChooser chooser = projectChooser("New project");
        chooser.setInitialFileName("project.parallax");
        return remembered(closed(opened(() -> chooser.showSaveDialog(owner))));
    }

    @Override
    public Optional<TeamProjectRequest> askTeamProject(TeamProjectRequest suggested) {
        return TeamProjectDialogs.askTeamProject(owner, suggested);
    }

    @Override
    public Optional<char[]> askPassword(String title, String prompt) {
        return TeamProjectDialogs.askPassword(owner, title, prompt);
    }

    private FileChooser projectChooser(String title) {
        FileChooser chooser = chooser(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Parallax projects", PROJECT_EXTENSION));
        return chooser;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension) {
        FileChooser chooser = chooser(title, folders == null ? AppFolders.home() : folders.exportFolder());
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(SavedFileKinds.filterName(extension),
                "*." + extension));
        Optional<Path> chosen = Optional.ofNullable(closed(opened(() -> chooser.showSaveDialog(owner))))
                .map(File::toPath);
        if (folders != null) {
            chosen.ifPresent(folders::exportChooserUsed);
        }
        return chosen;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String kind, List<String> extensions) {
        FileChooser chooser = chooser(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind,
                extensions.stream().map(e -> "*." + e).toList()));
        return remembered(closed(opened(() -> chooser.showOpenDialog(owner))));
    }
}
