package org.parallax.workbench;

import java.util.function.Function;
import org.parallax.model.Codebook;

/**
 * Deleting a code, as one edit, with the other codes' definitions and rules (and the frames' and scenarios'
 * descriptions) that cite it by name made to say it is deleted, so the frame guide does not send a coder to a code that
 * is gone; undo puts the code back and the texts as they read. The citations are found again in each apply's
 * transaction, after the deletion: deleting a code changes its sub-codes (they move up a level), so texts read before it
 * would be written against versions the deletion itself made stale.
 */
final class CodeDeletionEdit implements Edit {
    private final Project project;
    private final CodeEdit deletion;
    /** The rewrite of the texts citing the code, as they read in the codebook after the deletion. */
    private final Function<Codebook, CodesRewrite> citing;
    /** The rewrite the last apply wrote, which undo writes back. */
    private CodesRewrite written;

    CodeDeletionEdit(Project project, CodeEdit deletion, Function<Codebook, CodesRewrite> citing) {
        this.project = project;
        this.deletion = deletion;
        this.citing = citing;
    }

    @Override
    public String label() {
        return deletion.label();
    }

    @Override
    public long heldBytes() {
        return deletion.heldBytes();
    }

    @Override
    public void apply() {
        try {
            project.store.write(() -> {
                deletion.apply();
                CodesRewrite rewrite = citing.apply(project.codebook.load());
                rewrite.writeAfter();
                written = rewrite;
                return null;
            });
        } finally {
            project.fire(ProjectEvent.CODEBOOK);
        }
    }

    @Override
    public void revert() {
        try {
            project.store.write(() -> {
                written.writeBefore();
                deletion.revert();
                return null;
            });
        } finally {
            project.fire(ProjectEvent.CODEBOOK);
        }
    }
}
