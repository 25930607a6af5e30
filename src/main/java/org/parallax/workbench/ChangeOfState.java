package org.parallax.workbench;

/**
 * A step of the undo history from one state of a thing to another (a passage's code, a memo, an evidence item, a
 * setting): redo writes the state after the step, undo the state before it.
 */
interface ChangeOfState<T> extends Edit {
    T before();

    T after();

    /** Writes {@code state} as one transaction and tells the views. */
    void write(T state);

    @Override
    default void apply() {
        write(after());
    }

    @Override
    default void revert() {
        write(before());
    }
}
