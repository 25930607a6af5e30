package org.parallax.workbench;

/** Progress and cancel of a long use case; the UI adapts it to a JavaFX Task, the CLI ignores it. */
public interface TaskProgress {
    TaskProgress NONE = new TaskProgress() {
        public void update(long done, long total, String message) {
        }

        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total, String message);

    boolean isCancelled();
}
