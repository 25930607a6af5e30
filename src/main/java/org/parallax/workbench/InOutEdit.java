package org.parallax.workbench;

/**
 * A step of the undo history that put something into the project or took it out: redo does again what the step did,
 * undo the other. Each of {@link #putIn} and {@link #takeOut} writes as one transaction and tells the views.
 */
abstract class InOutEdit implements Edit {
    private final boolean added;

    /** A step that put its rows in ({@code added}: undo takes them out) or took them out (undo puts them back). */
    InOutEdit(boolean added) {
        this.added = added;
    }

    /** Whether the step put its rows in. */
    final boolean added() {
        return added;
    }

    abstract void putIn();

    abstract void takeOut();

    @Override
    public final void apply() {
        if (added) {
            putIn();
        } else {
            takeOut();
        }
    }

    @Override
    public final void revert() {
        if (added) {
            takeOut();
        } else {
            putIn();
        }
    }
}
