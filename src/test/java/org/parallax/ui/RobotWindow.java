package org.parallax.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.ui.app.MainViewModel;
import org.parallax.ui.app.MainWindow;
import org.parallax.ui.app.Settings;
import org.parallax.ui.app.SettingsFile;
import org.parallax.ui.codebook.CodebookNode;
import org.parallax.ui.common.FxBackgroundTasks;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.UiThreadWrites;
import org.parallax.ui.documents.DocumentRow;
import org.parallax.ui.table1.Table1Row;
import org.parallax.workbench.SampleProject;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on headless Monocle with real background tasks, opened before each test on a fresh copy of the sample
 * project (or the project {@link #project} makes), at 1200×760 or the class's {@link WindowSize}; robot tests extend
 * it.
 */
@ExtendWith(RobotWindowExtension.class)
public abstract class RobotWindow {
    static {
        // Monocle's default 1280x800 screen is smaller than the window; a larger one keeps it stable.
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    /** How long a wait may take before the test fails: long enough for a loaded two-core machine. */
    private static final long WAIT_SECONDS = 120;
    /** The test hook that holds long work before it begins (workbench.WorkHold): WORK:FILE. */
    private static final String HOLD_BEFORE = "parallax.test.holdBefore";
    @TempDir
    protected static Path dir;
    protected final RecordingDialogs dialogs = new RecordingDialogs();
    protected final FxBackgroundTasks tasks = new FxBackgroundTasks();
    protected MainViewModel main;
    protected MainWindow window;
    /** The stage the window is shown on. */
    protected Stage stage;

    /** The project to open, created in {@code folder}; the sample project by default. */
    protected Path project(Path folder) throws Exception {
        Path project = folder.resolve("sample.parallax");
        SampleProject.build(Path.of("samples"), project);
        return project;
    }

    /** The settings the window starts with ({@code project} is the project it opens); the window's size by default. */
    protected Settings settings(Settings sized, Path project) {
        return sized;
    }

    /**
     * Opens the window on the stage before each test ({@link RobotWindowExtension}); a test class that must do more as
     * the window opens overrides it and calls it first.
     */
    protected void open(Stage stage) throws Exception {
        this.stage = stage;
        WindowSize size = getClass().getAnnotation(WindowSize.class);
        double width = size == null ? 1200 : size.width();
        double height = size == null ? 760 : size.height();
        UiThreadWrites.allow();
        Path here = Files.createTempDirectory(dir, "robot");
        Path project = project(here);
        SettingsFile settings = new SettingsFile(here.resolve("settings.json"));
        settings.save(settings(Settings.defaults().withLayout(width, height, List.of()), project));
        // From here on a file written on the UI thread fails the test (issue 11 item 10).
        UiThreadWrites.refuse();
        main = new MainViewModel(new ProjectContext(tasks, dialogs), settings);
        window = new MainWindow(main, dialogs);
        stage.setScene(window.scene());
        // TestFX hands every test class the same stage: one that a test resized (1400 → 1024) kept that size for the
        // next class's scene, which then failed at 1280×800 with lists squeezed. Each class gets its own size.
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        stage.requestFocus();
        main.open(project);
    }

    /** Makes the window {@code width}×{@code height}, as a researcher narrowing it would, once its scene has it. */
    protected void resizeTo(FxRobot robot, int width, int height) throws Exception {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        waitUntil(() -> stage.getScene().getWidth() == width);
    }

    /** The menu bar's item at {@code path} ("File", "Export", "Passages CSV…"), its mnemonics' underscores left out. */
    protected static MenuItem menuItem(FxRobot robot, String... path) {
        MenuBar bar = find(robot, ".menu-bar", MenuBar.class);
        return FxThread.call(() -> {
            List<MenuItem> items = List.copyOf(bar.getMenus());
            MenuItem found = null;
            for (String step : path) {
                found = items.stream().filter(i -> i.getText() != null && i.getText().replace("_", "").equals(step))
                        .findFirst().orElseThrow(() -> new AssertionError("no menu item " + step));
                items = found instanceof Menu menu ? List.copyOf(menu.getItems()) : List.of();
            }
            return found;
        });
    }

    /** Brings a bottom tab (Passages, Table 1, Search, …) to the front by its title. */
    protected static void selectTab(FxRobot robot, String title) {
        TabPane tabs = find(robot, "#bottomTabs", TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> t.getText().equals(title)).findFirst().orElseThrow()));
    }

    /**
     * Closing queues the project's close on the background thread; the test waits for it to run (for as long as a busy
     * machine needs) before the next test opens a window or JUnit deletes the folder. The runner's own close would
     * give up after 10 s and leave the close running into the next test. A test that ended while the project was
     * still opening left the opening's last step queued on the JavaFX thread; run after the task runner closed, it
     * failed there, and TestFX reported that failure again in every robot test after it: the queue is emptied and
     * the runner drained once more before it closes.
     */
    @AfterEach
    void closeProject() throws Exception {
        UiThreadWrites.allow();
        if (main != null) {
            WaitForAsyncUtils.asyncFx(main::close).get();
            drainTasks();
            WaitForAsyncUtils.waitForFxEvents();
            drainTasks();
        }
        tasks.close();
    }

    /** Waits until the background tasks queued so far have run. */
    protected void drainTasks() throws InterruptedException {
        CountDownLatch drained = new CountDownLatch(1);
        tasks.run(() -> {
            drained.countDown();
            return null;
        }, done -> {
        }, failed -> {
        });
        if (!drained.await(120, TimeUnit.SECONDS)) {
            throw new AssertionError("The project did not close within 120 s");
        }
    }

    /**
     * Waits for a condition the window reaches in the background, evaluated on the FX thread: a condition read on the
     * test thread walked lists the FX thread was rebuilding and failed at random. The limit is generous because a wait
     * ends as soon as the condition holds: only a test that is failing anyway waits it out, and a busy machine is no
     * failure. A condition must not wait for the FX thread itself (no nested wait, no {@code interact}).
     */
    protected static void waitUntil(Callable<Boolean> condition) throws Exception {
        poll(() -> FxThread.call(condition));
    }

    /**
     * Opens the team project at {@code memberUrl} from the window, as the member it names, and waits until it has
     * taken the place of the project open before.
     */
    protected void openTeamProject(FxRobot robot, String memberUrl) throws Exception {
        Workbench before = main.context().workbench();
        robot.interact(() -> main.openTeam(memberUrl, null));
        waitUntil(() -> main.context().isOpen() && main.context().workbench() != before);
    }

    /**
     * Waits until the project meets the condition, read as {@link #fromProject} reads it: for what a test cannot see in
     * the window, and for a condition that cannot run on the FX thread.
     */
    protected void waitUntilProject(Function<Workbench, Boolean> condition) throws Exception {
        poll(() -> fromProject(condition));
    }

    /**
     * Waits for a condition that reads nothing of the window (another connection to a team server, a file), evaluated
     * on the test thread so that its I/O does not hold up the FX thread.
     */
    protected static void waitOffTheWindow(Callable<Boolean> condition) throws Exception {
        poll(condition);
    }

    private static void poll(Callable<Boolean> condition) throws Exception {
        if (Platform.isFxApplicationThread()) {
            throw new AssertionError("a wait inside a condition would block the FX thread it waits for");
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.call()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // The condition read a row or a node that is not there yet. Kept to say why at the end.
                last = notYet;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The window did not reach the expected state within " + WAIT_SECONDS + " s", last);
    }

    /**
     * What the query reads from the project, read in the background after the work queued before it, as a view
     * reads; the test thread waits for the answer, so a {@link #waitUntil} condition cannot call it.
     */
    protected <T> T fromProject(Function<Workbench, T> query) throws Exception {
        if (Platform.isFxApplicationThread()) {
            throw new AssertionError("a read of the project waited for on the FX thread would never be answered");
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        FxThread.call(() -> {
            main.context().read(query, answer::complete, answer::completeExceptionally);
            return null;
        });
        return answer.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Reads a state of the window on the FX thread until it is the expected one or the limit passes, and returns the
     * last state read: the test asserts on that, so a failure shows what the window showed. For states that settle
     * over several layout passes (rows growing to fit wrapped labels), where a sleep would race a busy machine.
     */
    protected static <T> T settled(Callable<T> read, Predicate<T> expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        T state = FxThread.call(read);
        while (!expected.test(state) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            state = FxThread.call(read);
        }
        return state;
    }

    /** The node the query finds, looked up on the FX thread (see {@link FxThread}). */
    protected static <T extends javafx.scene.Node> T find(FxRobot robot, String query, Class<T> type) {
        return FxThread.find(robot, query, type);
    }

    /** A state of the window (a node's text, a list's size), read once on the FX thread. */
    protected static <T> T read(Callable<T> state) {
        return FxThread.call(state);
    }

    /** A copy of a list the FX thread changes (a table's rows, a view-model's list), taken on the FX thread. */
    protected static <T> List<T> copy(Callable<? extends List<T>> list) {
        return FxThread.call(() -> List.copyOf(list.call()));
    }

    /** The text the node the query finds shows (a label's, a button's, a field's), read on the FX thread. */
    protected static String text(FxRobot robot, String query) {
        Node node = find(robot, query, Node.class);
        return FxThread.call(() -> node instanceof TextInputControl field ? field.getText()
                : ((Labeled) node).getText());
    }

    /** Whether the node the query finds is visible, read on the FX thread. */
    protected static boolean visible(FxRobot robot, String query) {
        Node node = find(robot, query, Node.class);
        return FxThread.call(node::isVisible);
    }

    /** Whether the node the query finds is disabled, read on the FX thread. */
    protected static boolean disabled(FxRobot robot, String query) {
        Node node = find(robot, query, Node.class);
        return FxThread.call(node::isDisabled);
    }

    /** The first document in the documents list that matches, read on the FX thread. */
    protected Document listedDocument(Predicate<Document> which) {
        return FxThread.call(() -> main.documents().rows().stream().map(DocumentRow::document).filter(which)
                .findFirst().orElseThrow(() -> new NoSuchElementException("no such document in the list")));
    }

    /**
     * Codes as a researcher does by a code's key: opens the document, selects the first place its text reads
     * {@code words} and presses {@code key}. The selection is made on the FX thread, the key pressed by the robot.
     */
    protected void selectAndPress(FxRobot robot, Document document, String words, KeyCode key) throws Exception {
        robot.interact(() -> main.documents().select(document.id()));
        InlineCssTextArea area = window.text().area();
        waitUntil(() -> area.getText().contains(words));
        int start = read(() -> area.getText().indexOf(words));
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(start, start + words.length());
        });
        robot.type(key);
    }

    /**
     * Does what a researcher does while a long import runs: a real import of one file is started from the window and
     * held by a test hook before it stores its first file (no transaction open); {@code meanwhile} runs, the import
     * must still be held when it ends, and the import is then let go and its document waited for in the list.
     */
    protected void whileAnImportIsHeld(FxRobot robot, Meanwhile meanwhile) throws Exception {
        int listed = read(() -> main.documents().rows().size());
        Path letter = Files.writeString(Files.createTempDirectory(dir, "import").resolve("letter.txt"),
                "A letter imported while the researcher works.\n");
        whileHeld("import", () -> robot.interact(() -> main.importer().importFiles(List.of(letter))), meanwhile);
        waitUntil(() -> main.documents().rows().size() == listed + 1);
    }

    /**
     * Does what a researcher does while long work runs: {@code start} begins it from the window, a test hook holds it
     * where it begins ({@code work}: import, listing, report or training, as workbench.WorkHold names them);
     * {@code meanwhile} runs, the work must still be held when it ends, and it is then let go.
     */
    protected void whileHeld(String work, Meanwhile start, Meanwhile meanwhile) throws Exception {
        Path held = Files.createTempDirectory(dir, "held").resolve(work + "-held");
        System.setProperty(HOLD_BEFORE, work + ":" + held);
        try {
            start.run();
            waitOffTheWindow(() -> Files.exists(held));
            meanwhile.run();
            if (!Files.exists(held)) {
                throw new AssertionError("the " + work + " was no longer held when what was done meanwhile had ended");
            }
        } finally {
            System.clearProperty(HOLD_BEFORE);
            Files.deleteIfExists(held);
        }
    }

    /** What a test does while long work is held ({@link #whileHeld}), or to start it. */
    @FunctionalInterface
    protected interface Meanwhile {
        void run() throws Exception;
    }

    /**
     * The codebook tree's cell showing {@code name}, once the tree has laid it out (the view-model is filled a pulse
     * before). Only a shown cell: the tree keeps spare cells hidden, some still holding an entry they showed before.
     */
    protected static Node codebookCell(FxRobot robot, String name) throws Exception {
        AtomicReference<Node> found = new AtomicReference<>();
        waitUntil(() -> {
            robot.lookup("#codebookTree .tree-cell").queryAllAs(TreeCell.class).stream()
                    .filter(c -> c.isVisible() && c.getItem() instanceof CodebookNode n && n.name().equals(name))
                    .findFirst()
                    .ifPresent(found::set);
            return found.get() != null;
        });
        return found.get();
    }

    /** Table 1's row of the code or frame with that label, read on the FX thread. */
    protected Table1Row table1Row(String label) {
        return FxThread.call(() -> main.table1().rows().stream().filter(r -> r.label().equals(label)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no row " + label + " in Table 1")));
    }

    /** The index of Table 1's first column whose heading starts with {@code heading}, read on the FX thread. */
    protected int table1Column(String heading) {
        return FxThread.call(() -> main.table1().columns().stream().filter(c -> c.startsWith(heading)).findFirst()
                .map(main.table1().columns()::indexOf)
                .orElseThrow(() -> new NoSuchElementException("no column " + heading)));
    }
}
