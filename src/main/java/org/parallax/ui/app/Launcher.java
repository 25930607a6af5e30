package org.parallax.ui.app;

import javafx.application.Application;

/**
 * Starts the JavaFX workbench; a plain class because a shaded jar cannot start from a class that extends
 * {@link Application}. The optional first argument is the project file to open.
 */
public final class Launcher {
    private Launcher() {
    }

    /** The one line to print instead of starting the window (there is no display), or null when it can start. */
    public static String whyTheWindowCannotStart(String[] args) {
        return NoDisplay.problem(System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("glass.platform"), args);
    }

    public static void main(String[] args) {
        // before the toolkit starts, so the Apple event of the file macOS started Parallax for is not missed
        OpenFileRequests.listenToTheDesktop();
        Application.launch(App.class, args);
    }
}
