package org.parallax.ui.app;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.collections.ObservableSet;
import org.parallax.ui.common.BackgroundTasks;

/**
 * Which recent projects are not where the list says, found off the JavaFX thread. The start page and File → Recent
 * projects asked the file system for each entry as they were filled, on the JavaFX thread: a recent project on a
 * network drive that stopped answering froze the window. The entries are checked on a thread of their own (a check that
 * hangs holds up neither the window nor the project's work); until a check ends an entry is offered, and opening one
 * that is gone says so.
 */
final class RecentGone {
    private static final System.Logger LOG = System.getLogger(RecentGone.class.getName());

    private final BackgroundTasks tasks;
    private final Supplier<Collection<String>> listed;
    private final Predicate<Path> isFile;
    private final ObservableSet<String> gone;
    private boolean checking;
    private boolean checkAgain;

    /** {@code listed} is read on the JavaFX thread as a check starts; {@code gone} is updated there as one ends. */
    RecentGone(BackgroundTasks tasks, Supplier<Collection<String>> listed, Predicate<Path> isFile,
               ObservableSet<String> gone) {
        this.tasks = tasks;
        this.listed = listed;
        this.isFile = isFile;
        this.gone = gone;
    }

    /** Checks the entries listed now in the background; while one check runs, one more follows it. */
    void check() {
        if (checking) {
            checkAgain = true;
            return;
        }
        checking = true;
        List<String> now = List.copyOf(listed.get());
        tasks.runAside(() -> now.stream().filter(location -> !RecentProjects.available(location, isFile))
                .collect(Collectors.toSet()), this::checked, failure -> {
                    LOG.log(System.Logger.Level.WARNING, "Could not check the recent projects", failure);
                    checked(Set.copyOf(gone));
                });
    }

    private void checked(Set<String> found) {
        // A project moved away since the last check is greyed out; one put back is offered again.
        gone.retainAll(found);
        gone.addAll(found);
        checking = false;
        if (checkAgain) {
            checkAgain = false;
            check();
        }
    }
}
