package org.parallax.workbench;

import java.util.Optional;

/**
 * An edit that puts passages back or takes them out: it keeps the label the Undo menu shows and what its last apply
 * or revert changed, for the window to show where.
 */
abstract class EditOfPassages implements Edit {
    private final String label;
    private PassagesChanged changed;

    EditOfPassages(String label) {
        this.label = label;
    }

    @Override
    public final String label() {
        return label;
    }

    @Override
    public final Optional<PassagesChanged> passagesChanged() {
        return Optional.ofNullable(changed);
    }

    /** Keeps what the apply or revert just done changed (null: nothing to show). */
    protected final void changedNow(PassagesChanged changed) {
        this.changed = changed;
    }
}
