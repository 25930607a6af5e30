package org.parallax.workbench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.model.ParallaxException;

/** Memos on the project (research journal), documents, codes and passages: read, write, undo, list. */
public final class Memos {
    /** A memo is prose; a million characters is far beyond any journal and keeps a pasted file from bloating the project. */
    static final int MAX_LENGTH = 1_000_000;

    private final Project project;

    Memos(Project project) {
        this.project = project;
    }

    public Optional<Memo> memo(MemoTarget target) {
        return project.memos.get(target);
    }

    /** Every memo of the project, project memo first. */
    public List<Memo> all() {
        return project.memos.all();
    }

    /** Sets or clears (blank text) a memo as one undoable action. */
    public Optional<Memo> set(MemoTarget target, String text) {
        return session(target).save(text);
    }

    /** Starts an editing session: saves as the researcher types, undone as one action. */
    public MemoSession session(MemoTarget target) {
        checkExists(target);
        return new MemoSession(project, this, target);
    }

    /** Writes the text, no undo record; blank text deletes the memo. */
    Optional<Memo> write(MemoTarget target, String text) {
        if (text != null && text.length() > MAX_LENGTH) {
            throw new ParallaxException("A memo holds at most " + MAX_LENGTH + " characters (this one has "
                    + text.length() + ")");
        }
        String clean = text == null || text.isBlank() ? null : text;
        return project.memos.save(target, clean, project.activeCoder().id(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private void checkExists(MemoTarget target) {
        boolean exists = switch (target.kind()) {
            case PROJECT -> true;
            case DOCUMENT -> project.documents.get(target.id()).isPresent();
            case CODE -> project.codebook.load().code(target.id()).isPresent();
            case PASSAGE -> project.segments.get(target.id()).isPresent();
        };
        if (!exists) {
            throw new ParallaxException("No " + (target.kind() == org.parallax.model.MemoKind.PASSAGE ? "passage"
                    : target.kind().label()) + " with id " + target.id());
        }
    }
}
