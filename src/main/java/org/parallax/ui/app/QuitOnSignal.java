package org.parallax.ui.app;

import java.util.List;
import javafx.application.Platform;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Logging out, shutting the computer down, {@code kill PID}, closing the terminal that started the window or Ctrl+C in
 * it end the program with a signal (TERM, HUP, INT). Left to the JVM that runs the shutdown hooks only: JavaFX stops
 * its renderer in its own hook and {@code stop()} is never called, so the memo or details typed in the last moment
 * (saved after a pause in typing) were lost and the project was left open, its log beside it. Such a signal quits the
 * window as the File menu does instead; should the window not have quit after a while (its thread busy or stuck), the
 * JVM's own handling follows, so a signal always ends the program.
 */
final class QuitOnSignal {
    private static final long GRACE_MILLIS = 20_000;

    private QuitOnSignal() {
    }

    /**
     * {@code closeProject} closes the project without the JavaFX thread, every write queued before finished: it runs
     * when a signal comes while a native chooser holds that thread.
     */
    static void install(Runnable closeProject) {
        for (String name : new String[] {"TERM", "HUP", "INT"}) {
            try {
                Signal signal = new Signal(name);
                SignalHandler[] previous = new SignalHandler[1];
                previous[0] = Signal.handle(signal, s -> quit(s, previous[0], closeProject));
                if (previous[0] == SignalHandler.SIG_IGN) {
                    // started with nohup: the terminal closing must not end the window
                    Signal.handle(signal, SignalHandler.SIG_IGN);
                }
            } catch (IllegalArgumentException | UnsupportedOperationException notOnThisSystem) {
                // Windows has no HUP; the JVM keeps some signals for itself under some options (-Xrs)
            }
        }
    }

    private static void quit(Signal signal, SignalHandler previous, Runnable closeProject) {
        if (NativeChooser.isOpen()) {
            quitBesideTheChooser(signal, closeProject);
            return;
        }
        Thread grace = new Thread(() -> {
            try {
                Thread.sleep(GRACE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            if (previous == SignalHandler.SIG_DFL || previous == null) {
                System.exit(128 + signal.getNumber());
            }
            previous.handle(signal);
        }, "parallax-quit-grace");
        grace.setDaemon(true);
        grace.start();
        Platform.runLater(QuitOnSignal::closeDialogsThenExit);
    }

    /**
     * The system's file chooser holds the JavaFX thread in its own loop: the quit queued for that thread ran only once
     * the grace had passed, about 25 s after the signal, and the JVM then ended with the project still open. The
     * project is closed here instead, on a thread of its own, and the program ends; nothing is being typed while the
     * chooser is open, and every write queued before it is finished first.
     */
    private static void quitBesideTheChooser(Signal signal, Runnable closeProject) {
        Thread closing = new Thread(() -> {
            try {
                closeProject.run();
            } finally {
                System.exit(128 + signal.getNumber());
            }
        }, "parallax-quit-beside-the-chooser");
        closing.start();
    }

    /**
     * A question waiting for its answer (a dialog shown with showAndWait, such as "Who codes in this project?") runs
     * a nested event loop: JavaFX's exit ended that loop first and then closed the question's window, which failed with "Key
     * not associated with a running event loop" on the terminal. The questions are closed first, as their window's
     * close button does (the answer they offered kept), and the exit follows once their loops have returned.
     */
    private static void closeDialogsThenExit() {
        List<Stage> waiting = Window.getWindows().stream().filter(Stage.class::isInstance).map(Stage.class::cast)
                .filter(stage -> stage.getModality() != Modality.NONE).toList();
        waiting.forEach(Stage::close);
        Platform.runLater(Platform::exit);
    }
}
