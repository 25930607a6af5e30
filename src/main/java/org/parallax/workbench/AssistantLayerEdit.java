package org.parallax.workbench;

import java.util.Optional;

/**
 * The assistant's layer added (or, undone, removed), kept column by column ({@link AssistantLayer}) with its
 * provenance rather than as objects; the passage cache reloads after either.
 */
final class AssistantLayerEdit implements Edit, PassagesEditPart {
    private final Project project;
    private final String label;
    private final AssistantLayer layer;
    private PassagesChanged changed;

    AssistantLayerEdit(Project project, String label, AssistantLayer layer) {
        this.project = project;
        this.label = label;
        this.layer = layer;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply() {
        change(true);
    }

    @Override
    public void revert() {
        change(false);
    }

    @Override
    public Optional<PassagesChanged> passagesChanged() {
        return Optional.ofNullable(changed);
    }

    private void change(boolean add) {
        project.store.write(() -> {
            write(add);
            return null;
        });
        PassagesChanged.Tally tally = new PassagesChanged.Tally();
        tally(tally, add);
        changed = tally.result();
        cache(add);
        project.fire(ProjectEvent.SEGMENTS);
    }

    @Override
    public void tally(PassagesChanged.Tally tally, boolean add) {
        tally.count(layer.passages(), add);
    }

    @Override
    public void write(boolean add) {
        if (add) {
            layer.restore(project.segments, project.provenance);
        } else {
            layer.delete(project.segments);
        }
    }

    @Override
    public void cache(boolean add) {
        project.segmentCache.invalidate();
    }
}
