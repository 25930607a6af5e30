package org.parallax.workbench;

import java.util.Optional;
import org.parallax.workbench.PassagesEditPart.Step;

/**
 * Passages removed and others added as one action (the assistant's run replacing its layer), in one
 * transaction both ways: undo takes the new ones out and puts the old back, or changes nothing.
 */
final class PassagesReplacement implements Edit {
    private final Project project;
    private final String label;
    private final PassagesEditPart removal;
    private final PassagesEditPart addition;
    private PassagesChanged changed;

    PassagesReplacement(Project project, String label, PassagesEditPart removal, PassagesEditPart addition) {
        this.project = project;
        this.label = label;
        this.removal = removal;
        this.addition = addition;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Optional<PassagesChanged> passagesChanged() {
        return Optional.ofNullable(changed);
    }

    @Override
    public void apply() {
        changed = PassagesEditPart.change(project, new Step(removal, false), new Step(addition, true));
    }

    @Override
    public void revert() {
        changed = PassagesEditPart.change(project, new Step(addition, false), new Step(removal, true));
    }
}
