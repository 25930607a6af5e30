package org.parallax.workbench;

import java.util.Optional;

/**
 * The assistant's layer added (or, undone, removed), kept column by column ({@link AssistantLayer}) with its
 * provenance rather than as objects; the passage cache reloads after either, the read cache is kept (only passages
 * and their provenance change: {@code AssistantLayerUndoReadsTest}).
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
        changed = change(project, true);
    }

    @Override
    public void revert() {
        changed = change(project, false);
    }

    @Override
    public Optional<PassagesChanged> passagesChanged() {
        return Optional.ofNullable(changed);
    }

    @Override
    public long heldBytes() {
        return layer.heldBytes();
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
