package org.parallax.workbench;

import org.parallax.model.Code;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;

/**
 * The merged code's own memo, kept by a code merge on the kept code: moved there as it was (author, last editor,
 * dates) when the kept code has no memo, else appended to the kept code's memo after a line naming the merged code and
 * who wrote it, the change recorded as the merger's. Undo puts the kept code's memo back as it was, unless someone
 * changed it since the merge (then the undo is refused naming them, and nothing is changed).
 */
record CodeMemoMerge(MemoTarget kept, Memo before, Memo after) {

    /** The line put between the kept code's memo and the merged one's: where the words came from. */
    static String heading(Code from, Memo memo) {
        String by = memo.byline() == null ? "" : " (" + memo.byline() + ")";
        return "From the memo of “" + from.name() + "”, merged into this code" + by + ":";
    }

    /** Keeps {@code merged}, the memo of {@code from}, on {@code into}; joins the caller's transaction. */
    static CodeMemoMerge keep(Project project, Memo merged, Code from, Code into) {
        MemoTarget kept = MemoTarget.code(into.id());
        Memo before = project.memos.get(kept).orElse(null);
        if (before == null) {
            project.memos.restore(kept, new Memo(merged.id(), kept, merged.text(), merged.author(), merged.created(),
                    merged.modified(), merged.version(), merged.changedBy()));
        } else {
            project.memos.save(kept, before.text() + "\n\n" + heading(from, merged) + "\n" + merged.text(),
                    project.activeCoder().id(), project.now());
        }
        return new CodeMemoMerge(kept, before, project.memos.get(kept).orElseThrow());
    }

    /** Puts the kept code's memo back as it was before the merge; joins the caller's transaction. */
    void undo(Project project) {
        project.memos.restoreOver(after, kept, before);
    }
}
