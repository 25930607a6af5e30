package org.parallax.workbench;

import org.parallax.workbench.PassagesEditPart.Step;

/**
 * Passages removed and others added as one action (the assistant's run replacing its layer), in one
 * transaction both ways: undo takes the new ones out and puts the old back, or changes nothing.
 */
final class PassagesReplacement extends EditOfPassages {
    private final Project project;
    private final PassagesEditPart removal;
    private final PassagesEditPart addition;

    PassagesReplacement(Project project, String label, PassagesEditPart removal, PassagesEditPart addition) {
        super(label);
        this.project = project;
        this.removal = removal;
        this.addition = addition;
    }

    @Override
    public void apply() {
        changedNow(PassagesEditPart.change(project, new Step(removal, false), new Step(addition, true)));
    }

    @Override
    public void revert() {
        changedNow(PassagesEditPart.change(project, new Step(addition, false), new Step(removal, true)));
    }

    @Override
    public long heldBytes() {
        return removal.heldBytes() + addition.heldBytes();
    }
}
