package org.parallax.workbench;

import java.util.Objects;
import java.util.Optional;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;

/**
 * One sitting at a memo: every {@link #save} writes the text to the project at once, but undo takes back the
 * whole session as one action. When something else was done or undone in between, the next save starts a
 * new action.
 */
public final class MemoSession {
    private final Project project;
    private final Memos memos;
    private final MemoTarget target;
    private MemoEdit edit;
    /** The memo as this session last saw or wrote it: a save over anything else is refused, naming who. */
    private Memo basis;

    MemoSession(Project project, Memos memos, MemoTarget target, Memo basis) {
        this.project = project;
        this.memos = memos;
        this.target = target;
        this.basis = basis;
    }

    public MemoTarget target() {
        return target;
    }

    /** Whether {@code memo} (null: none) is the memo as this session last saw or wrote it. */
    public synchronized boolean isAt(Memo memo) {
        return basis == null ? memo == null : memo != null && memo.version() == basis.version();
    }

    /** Saves the memo's current text (blank deletes it) and returns the memo as stored. */
    public synchronized Optional<Memo> save(String text) {
        MemoEdit current = edit;
        Memo[] saved = new Memo[1];
        boolean amended = current != null && project.history.amendLatest(current, () -> {
            saved[0] = memos.writeOver(basis, target, text).orElse(null);
            current.moveTo(saved[0]);
        });
        if (amended) {
            basis = saved[0];
            MemoEdit.changed(project, target);
            return Optional.ofNullable(saved[0]);
        }
        basis = MemoEdit.basisOf(project, target, basis);
        Memo before = basis;
        if (before != null && Objects.equals(before.text(), text)) {
            return Optional.of(before);
        }
        Memo after = memos.writeOver(before, target, text).orElse(null);
        basis = after;
        if (before == null && after == null) {
            return Optional.empty();
        }
        edit = new MemoEdit(project, target, before, after);
        project.history.record(edit);
        MemoEdit.changed(project, target);
        return Optional.ofNullable(after);
    }
}
