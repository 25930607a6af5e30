package org.parallax.ui.app;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.parallax.ui.common.BackgroundTasks;

/**
 * A question to the file system asked off the JavaFX thread: whether a file or folder the window remembers is still
 * there is a question that hangs on a network drive that stopped answering, and asked on the JavaFX thread it froze
 * the window. Each check runs on a thread of its own (a check that hangs holds up neither the window nor the project's
 * work); while one runs, one more follows it, asked with what the window knows by then. A check that fails leaves the
 * last answer standing.
 */
final class BackgroundCheck<T> {
    private static final System.Logger LOG = System.getLogger(BackgroundCheck.class.getName());

    private final BackgroundTasks tasks;
    private final String what;
    private final Supplier<Callable<T>> question;
    private final Consumer<T> answered;
    private boolean checking;
    private boolean checkAgain;

    /**
     * {@code question} is called on the JavaFX thread as a check starts, to take what the check needs from the window;
     * the work it returns runs in the background; {@code answered} is called on the JavaFX thread with its answer.
     * {@code what} names the check in the log ("the recent projects").
     */
    BackgroundCheck(BackgroundTasks tasks, String what, Supplier<Callable<T>> question, Consumer<T> answered) {
        this.tasks = tasks;
        this.what = what;
        this.question = question;
        this.answered = answered;
    }

    /** Checks in the background; called on the JavaFX thread. */
    void check() {
        if (checking) {
            checkAgain = true;
            return;
        }
        checking = true;
        tasks.runAside(question.get(), answer -> {
            answered.accept(answer);
            done();
        }, failure -> {
            LOG.log(System.Logger.Level.WARNING, "Could not check " + what, failure);
            done();
        });
    }

    private void done() {
        checking = false;
        if (checkAgain) {
            checkAgain = false;
            check();
        }
    }
}
