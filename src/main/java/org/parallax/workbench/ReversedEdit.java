package org.parallax.workbench;

/**
 * An edit run backwards under a label of its own: adding a frame or a scenario is undone as its deletion is done, and
 * redone as that deletion is undone, so the entry comes back under its id with what the undo took out of it.
 */
final class ReversedEdit implements Edit {
    private final String label;
    private final Edit reversed;

    ReversedEdit(String label, Edit reversed) {
        this.label = label;
        this.reversed = reversed;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply() {
        reversed.revert();
    }

    @Override
    public void revert() {
        reversed.apply();
    }

    @Override
    public long heldBytes() {
        return reversed.heldBytes();
    }
}
