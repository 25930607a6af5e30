package org.parallax.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.parallax.ui.common.FxBackgroundTasks;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.UiThreadWrites;
import org.parallax.workbench.AppFolders;
import org.parallax.workbench.DocumentsFolder;
import org.parallax.workbench.Team;
import org.parallax.workbench.Workbench;

/** The JavaFX application: wires the workbench window by hand and opens the startup project. */
public final class App extends Application {
    /** Set once the toolkit is up and calls {@link #start}: a failure before that is the display's, not Parallax's. */
    private static volatile boolean started;
    private FxBackgroundTasks tasks;
    private MainViewModel viewModel;
    private MainWindow window;
    private Stage stage;
    private RunningWindows windows;

    @Override
    public void start(Stage primaryStage) {
        started = true;
        stage = primaryStage;
        AppFolders folders = AppFolders.forThisMachine();
        StartupLog.step("JavaFX toolkit started");
        FxDialogService dialogs = new FxDialogService(stage);
        ErrorLog.showUncaught(dialogs);
        UiThreadWrites.warn();
        tasks = new FxBackgroundTasks();
        Path legacy = AppFolders.home().resolve(AppFolders.LEGACY_FOLDER).resolve("settings.json");
        viewModel = new MainViewModel(new ProjectContext(tasks, dialogs),
                new SettingsFile(folders.settingsFile(), legacy));
        dialogs.rememberFoldersIn(viewModel);
        // A double-click on the project open here, which started a second program on it, brings this window forward.
        windows = RunningWindows.listen(RunningWindows.folder(folders.settingsFile()), this::holds, this::takes);
        window = new MainWindow(viewModel, dialogs);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setScene(window.scene());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        fitOnScreen();
        stage.show();
        QuitOnSignal.install(this::closeWithoutTheFxThread);
        StartupLog.step("window shown");
        Runnable firstLayout = new Runnable() {
            @Override
            public void run() {
                StartupLog.step("first layout");
                window.scene().removePostLayoutPulseListener(this);
            }
        };
        window.scene().addPostLayoutPulseListener(firstLayout);
        UsableSignal.whenUsable(viewModel.documents(), window.scene(),
                listed -> StartupLog.step("usable", listed + " documents listed"));
        List<String> args = getParameters().getRaw();
        String argument = args.isEmpty()
                ? OpenFileRequests.FROM_DESKTOP.takeFirst().map(Path::toString).orElse(null) : args.get(0);
        if (argument != null && Team.isTeamUrl(argument)) {
            // `parallax URL`: the password, when the server wants one, is asked now that the window is up.
            viewModel.openTeam(argument, null);
        } else if (argument != null && StartupProject.isQdpx(argument)) {
            viewModel.openQdpx(StartupProject.fromArgument(argument), DocumentsFolder.ofCurrentUser());
        } else {
            StartupProject.openIn(viewModel, argument, Path.of(""), DocumentsFolder.ofCurrentUser());
        }
        // files the desktop asks to open while the window runs (macOS), on the JavaFX thread
        OpenFileRequests.FROM_DESKTOP.openWith(file -> Platform.runLater(() -> viewModel.open(file)));
    }

    /**
     * Whether this window has {@code project} open (asked off the JavaFX thread by another program started for it);
     * if so the window comes to the front, as the file manager's double-click asked.
     */
    private boolean holds(Path project) {
        CompletableFuture<String> location = new CompletableFuture<>();
        Platform.runLater(() -> {
            Workbench open = viewModel.context().workbench();
            location.complete(open == null ? null : open.location());
        });
        try {
            String open = location.get(5, TimeUnit.SECONDS);
            if (open == null || Team.isTeamUrl(open) || !Files.isSameFile(Path.of(open), project)) {
                return false;
            }
        } catch (IOException | InterruptedException | ExecutionException | TimeoutException e) {
            return false;
        }
        Platform.runLater(this::toFront);
        return true;
    }

    /**
     * Whether this window shows only its start page (no project open, none opening), asked off the JavaFX thread by
     * another program started for {@code project} that no window has open; if so this window opens it and comes to
     * the front. A double-click on a project file started a second window beside the idle one.
     */
    private boolean takes(Path project) {
        AtomicBoolean asking = new AtomicBoolean(true);
        CompletableFuture<Boolean> taken = new CompletableFuture<>();
        Platform.runLater(() -> {
            // The other program gave up waiting and opens a window of its own: this one must not open it too.
            boolean idle = asking.compareAndSet(true, false) && viewModel.showsTheStartPageOnly();
            if (idle) {
                viewModel.open(project);
                toFront();
            }
            taken.complete(idle);
        });
        try {
            return taken.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            // Taken meanwhile (the window answers in a moment), or not at all from now on.
            return !asking.compareAndSet(true, false) && taken.join();
        }
    }

    private void toFront() {
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
    }

    static boolean hasStarted() {
        return started;
    }

    /** A remembered size larger than this screen (a laptop after a large monitor) would hide the menu bar. */
    private void fitOnScreen() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(viewModel.settings().width(), screen.getWidth()));
        stage.setHeight(Math.min(viewModel.settings().height(), screen.getHeight()));
        stage.setX(screen.getMinX() + (screen.getWidth() - stage.getWidth()) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - stage.getHeight()) / 2);
    }

    /**
     * Closes the open project from a thread other than JavaFX's, held by a native chooser: the work queued before
     * (a passage just coded) runs to its end first, then the project closes and its log is folded in.
     */
    private void closeWithoutTheFxThread() {
        Workbench open = viewModel.context().workbench();
        if (windows != null) {
            windows.close();
        }
        tasks.close();
        if (open != null) {
            open.close();
        }
    }

    @Override
    public void stop() {
        if (windows != null) {
            windows.close();
        }
        if (window != null) {
            viewModel.saveLayout(stage.getWidth(), stage.getHeight(), window.dividers());
            viewModel.close();
        }
        if (tasks != null) {
            tasks.close();
        }
    }
}
