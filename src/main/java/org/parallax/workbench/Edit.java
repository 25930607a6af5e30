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

    /**
     * About how many bytes the step holds while it waits in the history for an undo or redo (what it needs of the
     * passages it changed), for the history to keep within {@link UndoHistory#HELD_LIMIT}; a step of a few passages or
     * of none holds too little to count.
     */
    default long heldBytes() {
        return 0;
    }
}
