package org.parallax.ui.app;

import java.awt.Desktop;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Project files the desktop asks Parallax to open other than through its arguments. On macOS a double-clicked
 * {@code .parallax} file reaches the app as an Apple event (the app may not even have started its window yet), not
 * as an argument; {@link #listenToTheDesktop()} installs the handler for it where the desktop has one. A file that
 * arrives before the window is ready waits here: the window takes it as its startup project or, once it has an
 * opener, opens it at once.
 */
final class OpenFileRequests {
    private static final Logger LOG = Logger.getLogger(OpenFileRequests.class.getName());

    private final List<Path> waiting = new ArrayList<>();
    private Consumer<Path> opener;

    /** The one the desktop's handler feeds. */
    static final OpenFileRequests FROM_DESKTOP = new OpenFileRequests();

    /**
     * On macOS, hands files from "open file" Apple events to {@link #FROM_DESKTOP}. Elsewhere it does nothing and
     * never touches java.awt.Desktop, which would start AWT beside JavaFX for no use (Linux and Windows pass the
     * file as an argument). It never stops the start: without the handler a double-click only starts Parallax.
     */
    static void listenToTheDesktop() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")) {
            return;
        }
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                Desktop.getDesktop().setOpenFileHandler(event -> event.getFiles()
                        .forEach(file -> FROM_DESKTOP.offer(file.toPath())));
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "cannot receive files the desktop asks to open", e);
        }
    }

    /** A file the desktop asks to open: a project file waits for the window or goes to its opener. */
    synchronized void offer(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parallax")) {
            return;
        }
        if (opener == null) {
            waiting.add(file);
        } else {
            opener.accept(file);
        }
    }

    /** The first file that arrived before the window was ready (the one the app was started for), if any. */
    synchronized Optional<Path> takeFirst() {
        return waiting.isEmpty() ? Optional.empty() : Optional.of(waiting.remove(0));
    }

    /** From now on files go to {@code open}; any still waiting go there now, in the order they came. */
    synchronized void openWith(Consumer<Path> open) {
        opener = open;
        waiting.forEach(open);
        waiting.clear();
    }
}
