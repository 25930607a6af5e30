package org.parallax.workbench;

import java.util.List;
import org.parallax.model.Memo;
import org.parallax.model.MemoKind;
import org.parallax.model.MemoTarget;
import org.parallax.model.Segment;

/**
 * Changing one memo: undo puts back the memo as it was before the edit (or none), redo the latest text. An
 * editing session moves {@code after} on as the researcher types, so the whole session stays one action.
 */
final class MemoEdit implements ChangeOfState<Memo> {
    private final Project project;
    private final MemoTarget target;
    private final Memo before;
    private volatile Memo after;
    /**
     * The memo as this edit last left it (null: none): undo and redo write only over that, never over what another
     * window or member wrote since.
     */
    private volatile Memo left;

    MemoEdit(Project project, MemoTarget target, Memo before, Memo after) {
        this.project = project;
        this.target = target;
        this.before = before;
        this.after = after;
        this.left = after;
    }

    void moveTo(Memo latest) {
        after = latest;
        left = latest;
    }

    @Override
    public String label() {
        return "Edit " + target.kind().label() + " memo";
    }

    @Override
    public Memo before() {
        return before;
    }

    @Override
    public Memo after() {
        return after;
    }

    @Override
    public void write(Memo memo) {
        try {
            left = project.store.write(() -> {
                project.memos.restoreOver(basisOf(project, target, left), target, memo);
                return project.memos.get(target).orElse(null);
            });
        } finally {
            changed(project, target);
        }
        if (left != null) {
            project.written.put(key(target), left.version());
        }
    }

    /**
     * {@code basis}, or the memo as it is now when this window's own undo or redo wrote it last: that moved it on since
     * {@code basis} was seen, and is no one else's change.
     */
    static Memo basisOf(Project project, MemoTarget target, Memo basis) {
        Memo now = project.memos.get(target).orElse(null);
        Long ownUndo = project.written.get(key(target));
        return now != null && ownUndo != null && now.version() == ownUndo ? now : basis;
    }

    /** The key of a memo in {@link Project#written}. */
    static String key(MemoTarget target) {
        return "memo:" + target.kind().label() + ":" + target.id();
    }

    /** Tells the cache and the listeners that a memo changed (a passage's memo travels with its segment). */
    static void changed(Project project, MemoTarget target) {
        if (target.kind() == MemoKind.PASSAGE) {
            List<Segment> segment = project.segments.get(target.id()).stream().toList();
            project.segmentCache.added(segment);
            project.fire(ProjectEvent.SEGMENTS);
        }
        project.fire(ProjectEvent.MEMOS);
    }
}
