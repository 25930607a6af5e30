package org.parallax.workbench;

/** A reversible user action: {@code apply} redoes it, {@code revert} undoes it, each as one transaction. */
public interface Edit {
    /** What the action did, for menu labels such as "Undo code passage". */
    String label();

    void apply();

    void revert();
}
