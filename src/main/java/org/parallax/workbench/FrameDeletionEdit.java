package org.parallax.workbench;

import java.util.List;
import java.util.Set;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Frame;
import org.parallax.model.ParallaxException;

/**
 * Deleting a frame as one edit: its codes stay, with their passages, in no frame ("Other codes"), and the rules,
 * definitions and descriptions that cite the frame by name say it is deleted. Undo puts the frame back under its id,
 * the texts as they read, and its codes back in it (a code put in another frame since stays there).
 */
final class FrameDeletionEdit implements Edit {
    /** What a text citing a deleted frame says after its name. */
    static final String DELETED = " (deleted frame)";
    private final Project project;
    private final long frameId;
    private final String label;
    /** The frame as the last apply deleted it, and the codes that apply took out of it. */
    private Frame frame;
    private List<Long> codes = List.of();
    private CodesRewrite written;

    FrameDeletionEdit(Project project, Frame frame) {
        this.project = project;
        this.frameId = frame.id();
        this.frame = frame;
        this.label = "Delete frame " + frame.name();
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply() {
        try {
            project.store.write(this::delete);
        } finally {
            project.fire(ProjectEvent.CODEBOOK);
        }
    }

    @Override
    public void revert() {
        try {
            project.store.write(this::putBack);
        } finally {
            project.fire(ProjectEvent.CODEBOOK);
        }
    }

    /** The frame as it is now deleted, its codes to no frame, the texts citing it marked; in the caller's write. */
    private Void delete() {
        Codebook book = project.codebook.load();
        frame = book.frame(frameId).orElseThrow(() -> new ParallaxException("No frame with id " + frameId
                + " in the codebook: it was deleted here or by another member or window; nothing was saved"));
        codes = book.codesOf(frame).stream().map(Code::id).toList();
        project.codebook.deleteFrame(frameId);
        written = CodesRewrite.citing(project, project.codebook.load(), frame.name(), frame.name() + DELETED,
                Set.of());
        written.writeAfter();
        return null;
    }

    /** The frame back, the texts as they read, its codes still in no frame (and not moved under others) in it. */
    private Void putBack() {
        project.codebook.restoreFrame(frame);
        written.writeBefore();
        Codebook book = project.codebook.load();
        for (long id : codes) {
            book.code(id).filter(c -> c.frameId() == null && (c.parentId() == null || codes.contains(c.parentId())))
                    .ifPresent(c -> project.codebook.updateCode(new Code(c.id(), c.parentId(), frameId,
                            c.scenarioId(), c.name(), c.color(), c.definition(), c.shortcut(), c.position(),
                            c.inclusion(), c.exclusion(), c.version())));
        }
        return null;
    }
}
