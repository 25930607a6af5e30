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

    MemoSession(Project project, Memos memos, MemoTarget target) {
        this.project = project;
        this.memos = memos;
        this.target = target;
    }

    public MemoTarget target() {
        return target;
    }

    /** Saves the memo's current text (blank deletes it) and returns the memo as stored. */
    public synchronized Optional<Memo> save(String text) {
        MemoEdit current = edit;
        Memo[] saved = new Memo[1];
        boolean amended = current != null && project.history.amendLatest(current, () -> {
            saved[0] = memos.write(target, text).orElse(null);
            current.moveTo(saved[0]);
        });
        if (amended) {
            MemoEdit.changed(project, target);
            return Optional.ofNullable(saved[0]);
        }
        Memo before = memos.memo(target).orElse(null);
        if (before != null && Objects.equals(before.text(), text)) {
            return Optional.of(before);
        }
        Memo after = memos.write(target, text).orElse(null);
        if (before == null && after == null) {
            return Optional.empty();
        }
        edit = new MemoEdit(project, target, before, after);
        project.history.record(edit);
        MemoEdit.changed(project, target);
        return Optional.ofNullable(after);
    }
}
