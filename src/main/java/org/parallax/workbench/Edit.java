package org.parallax.workbench;

import java.util.Optional;

/** A reversible user action: {@code apply} redoes it, {@code revert} undoes it, each as one transaction. */
public interface Edit {
    /** What the action did, for menu labels such as "Undo code passage". */
    String label();

    void apply();

    void revert();

    /**
     * The passages the last apply or revert put back or took out, for the window to show where an undo or redo
     * happened; empty for an edit of no passages.
     */
    default Optional<PassagesChanged> passagesChanged() {
        return Optional.empty();
    }
}
