package org.parallax.ui.memos;

import java.util.Optional;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.workbench.MemoSession;
import org.parallax.workbench.Workbench;

/**
 * The memo as the pane showed it, in the project it was read from, with the session that writes what is typed over
 * it. Every save of that text carries it, also one tried again when the pane has moved on or the project closes: a
 * save tried again over the memo as it was by then went over another window's or program's change without a word.
 */
final class MemoBase {
    private final Workbench workbench;
    private final MemoTarget target;
    private final Memo shown;
    /** Opened by the first save, on the background thread that saves; one undoable action for the whole sitting. */
    private MemoSession session;

    MemoBase(Workbench workbench, MemoTarget target, Memo shown) {
        this.workbench = workbench;
        this.target = target;
        this.shown = shown;
    }

    MemoTarget target() {
        return target;
    }

    /** Whether {@code memo} (null: none) of {@code target} in {@code wb} is the memo as this base last saw or wrote it. */
    synchronized boolean isAt(Workbench wb, MemoTarget other, Memo memo) {
        if (wb != workbench || !other.equals(target)) {
            return false;
        }
        if (session != null) {
            return session.isAt(memo);
        }
        return shown == null ? memo == null : memo != null && memo.version() == shown.version();
    }

    /** Writes {@code text} over the memo, refused when it was changed elsewhere since this base saw it. */
    synchronized Optional<Memo> save(String text) {
        if (session == null) {
            session = workbench.memos().session(target, shown);
        }
        return session.save(text);
    }
}
