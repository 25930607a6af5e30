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
    private final BackgroundCheck<Set<String>> checks;

    /** {@code listed} is read on the JavaFX thread as a check starts; {@code gone} is updated there as one ends. */
    RecentGone(BackgroundTasks tasks, Supplier<Collection<String>> listed, Predicate<Path> isFile,
               ObservableSet<String> gone) {
        this.checks = new BackgroundCheck<>(tasks, "the recent projects", () -> {
            List<String> now = List.copyOf(listed.get());
            return () -> now.stream().filter(location -> !RecentProjects.available(location, isFile))
                    .collect(Collectors.toSet());
        }, found -> {
            // A project moved away since the last check is greyed out; one put back is offered again.
            gone.retainAll(found);
            gone.addAll(found);
        });
    }

    /** Checks the entries listed now in the background; while one check runs, one more follows it. */
    void check() {
        checks.check();
    }
}
