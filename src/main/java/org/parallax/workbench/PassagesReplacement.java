package org.parallax.workbench;

import java.util.Optional;

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
        project.store.write(() -> {
            removal.write(false);
            addition.write(true);
            return null;
        });
        PassagesChanged.Tally tally = new PassagesChanged.Tally();
        removal.tally(tally, false);
        addition.tally(tally, true);
        changed = tally.result();
        removal.cache(false);
        addition.cache(true);
        project.fire(ProjectEvent.SEGMENTS);
    }

    @Override
    public void revert() {
        project.store.write(() -> {
            addition.write(false);
            removal.write(true);
            return null;
        });
        PassagesChanged.Tally tally = new PassagesChanged.Tally();
        addition.tally(tally, false);
        removal.tally(tally, true);
        changed = tally.result();
        addition.cache(false);
        removal.cache(true);
        project.fire(ProjectEvent.SEGMENTS);
    }
}
