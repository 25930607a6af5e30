package org.parallax.workbench;

import java.util.Optional;
import org.parallax.model.Segment;

/** A reversible user action: {@code apply} redoes it, {@code revert} undoes it, each as one transaction. */
public interface Edit {
    /** What the action did, for menu labels such as "Undo code passage". */
    String label();

    void apply();

    void revert();

    /** The one passage the action coded or took out, for the window to show where an undo or redo happened. */
    default Optional<Segment> passage() {
        return Optional.empty();
    }
}
