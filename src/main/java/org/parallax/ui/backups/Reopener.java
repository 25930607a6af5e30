package org.parallax.ui.backups;

/**
 * Closes the open project file, changes the closed file in the background (a backup restored in its place) and opens
 * it again at the document the user was reading, when the changed file still holds it.
 */
@FunctionalInterface
public interface Reopener {
    /**
     * Runs {@code change} on the closed file, reopens the file whether it failed or not, then runs {@code done} on the
     * UI thread; a change that failed is shown instead of {@code done}.
     */
    void reopenAfter(Runnable change, Runnable done);
}
