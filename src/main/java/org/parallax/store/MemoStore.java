package org.parallax.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;

/** Memos of the project, its documents, codes and passages: at most one per target, with author and dates. */
public interface MemoStore {
    Optional<Memo> get(MemoTarget target);

    /**
     * Whether the target has a memo this session may not read: a team server hides another coder's project and
     * document memos from a coder in blind mode (ADR 0030). A project file hides none.
     */
    boolean hiddenFromSession(MemoTarget target);

    /**
     * How many memos of the project this session may not read (a team server in blind mode keeps other coders' work
     * back from a coder); 0 for a project file, which hides none.
     */
    int hiddenFromSession();

    /** Every memo, project memo first, then by kind and target. */
    List<Memo> all();

    /**
     * The highest id of a memo this session reads (0: none): a memo written later has a higher one, so a step that
     * wrote memos tells them from those written since.
     */
    long highestId();

    /**
     * Memos whose text no longer matches the SHA-256 recorded when it was written: the file was damaged, or changed
     * by another program. Empty for a sound project.
     */
    List<Memo> notMatchingChecksum();

    /**
     * Writes a memo's text: a new memo gets this author and {@code now} as both dates, an existing one keeps its
     * author and creation date and gets {@code now} as modified. Blank text deletes the memo.
     */
    Optional<Memo> save(MemoTarget target, String text, long authorId, Instant now);

    /**
     * Writes a memo's text as {@link #save} does, the change recorded as {@code editor}'s rather than the session's: a
     * push brings a change another member made in their copy, and the pusher did not write it.
     */
    Optional<Memo> saveAs(MemoTarget target, String text, long authorId, String editor, Instant now);

    /**
     * Writes a memo's text as {@link #save} does, but only when the target's memo is still {@code basis}, the one
     * the text was written against (null: there was none); otherwise nothing is written and the refusal names
     * who wrote or changed the memo since.
     *
     * @throws org.parallax.store.StaleEditException when the memo was written, changed or deleted since
     */
    Optional<Memo> saveOver(Memo basis, MemoTarget target, String text, long authorId, Instant now);

    /** Puts a target's memo back exactly as it was (undo), or removes it when it had none. */
    void restore(MemoTarget target, Memo memo);

    /**
     * Puts a target's memo back as {@link #restore} does, but only when it is still {@code basis}, the memo as the
     * undo step left it (null: none): an undo or redo never overwrites what another window or member wrote since.
     *
     * @throws org.parallax.store.StaleEditException when the memo was written, changed or deleted since, naming who
     */
    void restoreOver(Memo basis, MemoTarget target, Memo memo);
}
