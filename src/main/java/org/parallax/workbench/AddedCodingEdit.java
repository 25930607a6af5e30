package org.parallax.workbench;

import java.util.List;
import org.parallax.model.Code;
import org.parallax.model.Segment;

/**
 * Undo of a merge: another coder's passages, and the codes that had to be created for them, added
 * to the project in one action. Revert removes both; apply puts them back with the same ids.
 */
final class AddedCodingEdit implements Edit {
    private final Project project;
    private final String label;
    private final List<Segment> added;
    private final List<Code> created;

    AddedCodingEdit(Project project, String label, List<Segment> added, List<Code> created) {
        this.project = project;
        this.label = label;
        this.added = List.copyOf(added);
        this.created = List.copyOf(created);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply() {
        project.store.write(() -> {
            created.forEach(code -> project.codebook.insertCode(code, true));
            project.segments.restoreAll(added);
            return null;
        });
        changed();
    }

    @Override
    public void revert() {
        project.store.write(() -> {
            project.segments.deleteAll(added.stream().map(Segment::id).toList());
            created.forEach(code -> project.codebook.deleteCode(code.id()));
            return null;
        });
        changed();
    }

    private void changed() {
        project.segmentCache.invalidate();
        project.fire(ProjectEvent.CODEBOOK);
        project.fire(ProjectEvent.SEGMENTS);
    }
}
