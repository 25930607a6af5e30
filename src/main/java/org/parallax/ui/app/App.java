package org.parallax.ui.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.parallax.ui.common.FxBackgroundTasks;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.UiThreadWrites;
import org.parallax.workbench.DocumentsFolder;

/** The JavaFX application: wires the workbench window by hand and opens the startup project. */
public final class App extends Application {
    private FxBackgroundTasks tasks;
    private MainViewModel viewModel;
    private MainWindow window;
    private Stage stage;

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        Path home = Path.of(System.getProperty("user.home"), ".parallax");
        ErrorLog.logToFile(home.resolve("parallax.log"));
        FxDialogService dialogs = new FxDialogService(stage);
        ErrorLog.showUncaught(dialogs);
        UiThreadWrites.warn();
        tasks = new FxBackgroundTasks();
        viewModel = new MainViewModel(new ProjectContext(tasks, dialogs), new SettingsFile(home.resolve(
                "settings.json")));
        window = new MainWindow(viewModel, dialogs);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setScene(window.scene());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        List<String> args = getParameters().getRaw();
        StartupProject.choose(args.isEmpty() ? null : args.get(0), viewModel.settings(), Path.of(""))
                .ifPresent(choice -> {
                    if (choice.sample()) {
                        viewModel.openSample(choice.file(), DocumentsFolder.ofCurrentUser());
                    } else {
                        viewModel.open(choice.file());
                    }
                });
    }

    @Override
    public void stop() {
        if (window != null) {
            viewModel.saveLayout(stage.getWidth(), stage.getHeight(), window.dividers());
            viewModel.close();
        }
        if (tasks != null) {
            tasks.close();
        }
    }
}
