package org.parallax.ui.app;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import org.parallax.workbench.AppFolders;

/**
 * Starts the JavaFX workbench; a plain class because a shaded jar cannot start from a class that extends
 * {@link Application}. The optional first argument is the project file to open.
 */
public final class Launcher {
    private Launcher() {
    }

    /** The one line to print instead of starting the window (there is no display), or null when it can start. */
    public static String whyTheWindowCannotStart(String[] args) {
        String noDisplay = NoDisplay.problem(System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("glass.platform"), args);
        // no window will say what is wrong with the project, so the terminal says it rather than "no display"
        return noDisplay == null ? null : WindowArgument.notAProject(args).orElse(noDisplay);
    }

    /**
     * The one line to print instead of opening the window or handing the file to a running one, when the file the
     * arguments name is not there or is a folder; null otherwise.
     */
    public static String whyTheFileCannotOpen(String[] args) {
        return WindowArgument.missing(args).orElse(null);
    }

    /**
     * Hands the project file {@code args} name to a running window of this user: the one that has it open comes to
     * the front, else one showing only its start page opens it. The line to print when a window took it, else null.
     * The file manager's double-click on a project already open started a second program on it, two windows writing
     * the same file and each showing stale undo steps of the other's; on any project, beside a window showing its
     * start page, it started a second window.
     */
    public static String handedToItsWindow(String[] args) {
        if (args.length != 1 || !args[0].toLowerCase(Locale.ROOT).endsWith(".parallax")) {
            return null;
        }
        Path settings = AppFolders.forThisMachine().settingsFile();
        try {
            return switch (RunningWindows.handOver(RunningWindows.folder(settings), Path.of(args[0]).toAbsolutePath())) {
                case HAS_IT -> args[0] + " is open in a Parallax window already: that window is brought to the front.";
                case TOOK_IT -> args[0] + " is opened in the Parallax window that was showing its start page.";
                case NONE -> null;
            };
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /**
     * Opens the window; throws {@link CannotStart} with the line to print when the toolkit cannot start on the display
     * set (no X server there, or one this user may not use), where JavaFX threw a 13-line stack trace.
     */
    public static void main(String[] args) {
        Locale.setDefault(windowLocale(Locale.getDefault()));
        // before the toolkit starts, so the Apple event of the file macOS started Parallax for is not missed
        OpenFileRequests.listenToTheDesktop();
        // before the toolkit starts too, which logs its own warnings as it does
        ErrorLog.logToFile(AppFolders.forThisMachine().logFile());
        try {
            Application.launch(App.class, args);
        } catch (RuntimeException e) {
            if (App.hasStarted()) {
                throw e;
            }
            throw new CannotStart(NoDisplay.unusable(System.getenv(), args, e));
        }
    }

    /**
     * The locale the window runs in: the machine's when its language is English, else English. The window's words are
     * English, and JavaFX took its own from the machine's language, so a German desktop showed "Abbrechen" beside
     * "Save" in every dialog and the charts' axes read "0,8" where the installed runtime (English only) shows "0.8".
     */
    static Locale windowLocale(Locale machine) {
        return "en".equals(machine.getLanguage()) ? machine : Locale.ENGLISH;
    }

    /** The window could not start; the message is the one line for the terminal. */
    public static final class CannotStart extends RuntimeException {
        CannotStart(String line) {
            super(line);
        }
    }
}
